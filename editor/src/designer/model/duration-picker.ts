import { durationMs } from '@frontstage/engine';

/** The units the duration picker offers: a time standard is minutes, hours or days long. */
export const PICKER_UNITS = ['minutes', 'hours', 'days'] as const;
export type PickerUnit = (typeof PICKER_UNITS)[number];

/**
 * What the picker shows for a stored duration: a whole amount of one unit, or, for a duration no
 * whole number of minutes expresses (`PT90S`), the stored text itself, kept until the user changes it.
 */
export type PickerValue = { amount: number; unit: PickerUnit } | { raw: string };

const UNIT_MS: Record<PickerUnit, number> = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 };
const LETTER: Record<string, PickerUnit> = { M: 'minutes', H: 'hours', D: 'days' };

/**
 * The ISO-8601 duration of an amount of a unit, as the schema stores it. A fraction (1.5 hours)
 * is written in whole minutes (PT90M), the smallest unit the picker offers.
 * @example toDuration(2, 'hours') === 'PT2H'; toDuration(3, 'days') === 'P3D'
 */
export function toDuration(amount: number, unit: PickerUnit): string {
  if (!Number.isInteger(amount))
    return toDuration(Math.max(1, Math.round((amount * UNIT_MS[unit]) / 60_000)), 'minutes');
  return unit === 'days' ? `P${amount}D` : `PT${amount}${unit === 'hours' ? 'H' : 'M'}`;
}

/**
 * The picker's reading of a stored duration, never losing it: one component keeps its own unit
 * (PT24H stays 24 hours), weeks read as days, several components read in the smallest unit that
 * holds them exactly (PT1H30M is 90 minutes, P1DT2H is 26 hours, P1W is 7 days); seconds that make no whole
 * minute come back as the stored text. (Of several, the largest unit that holds the whole exactly.)
 * @example fromDuration('PT4H') // { amount: 4, unit: 'hours' }
 * fromDuration('PT1H30M') // { amount: 90, unit: 'minutes' }
 */
export function fromDuration(duration: string): PickerValue {
  const single = /^P(?:T([1-9]\d*)([HM])|([1-9]\d*)D)$/.exec(duration);
  if (single)
    return single[3]
      ? { amount: Number(single[3]), unit: 'days' }
      : { amount: Number(single[1]), unit: LETTER[single[2]!]! };
  let ms: number;
  try {
    ms = durationMs(duration);
  } catch {
    return { raw: duration };
  }
  const unit = [...PICKER_UNITS].reverse().find((u) => ms % UNIT_MS[u] === 0);
  return unit && ms > 0 ? { amount: ms / UNIT_MS[unit], unit } : { raw: duration };
}
