import { errorField } from '../../api/api-error';

/** The parts of the intake form a refusal can be shown beside. */
export type IntakeField = 'site' | 'place' | 'customer';

const FIELDS: Record<string, IntakeField> = {
  site: 'site',
  unitId: 'place',
  areaId: 'place',
  address: 'place',
  customerId: 'customer',
};

/**
 * Where on the intake form a refused save belongs: the site picker, the place search box or the
 * caller; null when the refusal is about something else (shown with the save button).
 * @example intakeField(new ApiError(400, { …, details: { field: 'address' } })) // 'place'
 */
export function intakeField(error: unknown): IntakeField | null {
  const field = errorField(error);
  return field ? (FIELDS[field] ?? null) : null;
}
