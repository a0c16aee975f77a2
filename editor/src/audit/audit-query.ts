import type { AuditFilter } from '../api/filters';

/** The audit search form: every filter as the inputs hold it (times as `datetime-local` text). */
export type AuditForm = Required<{ [K in keyof AuditFilter]: string }>;

export const EMPTY_AUDIT_FORM: AuditForm = {
  q: '',
  room: '',
  phone: '',
  ticketId: '',
  actorId: '',
  actorRole: '',
  command: '',
  eventType: '',
  outcome: '',
  from: '',
  to: '',
  blueprintKey: '',
  blueprintVersion: '',
  class: '',
  team: '',
};

/** The search an address holds (`/audit?ticketId=…&outcome=refused`): the form's fields, nothing else. */
export function auditFormOf(params: Record<string, string> = {}): AuditForm {
  const form = { ...EMPTY_AUDIT_FORM };
  for (const name of Object.keys(form) as (keyof AuditForm)[])
    if (typeof params[name] === 'string') form[name] = params[name].slice(0, 200);
  return form;
}

/** The address's params of a search: its filled-in fields. */
export function paramsOfAuditForm(form: AuditForm): Record<string, string> {
  return Object.fromEntries(Object.entries(form).filter(([, v]) => v.trim() !== ''));
}

/** A `datetime-local` or `date` value, read in the auditor's time zone, as an ISO instant; '' stays ''. */
export function localToIso(value: string): string {
  if (!value) return '';
  const time = new Date(value.length === 10 ? `${value}T00:00` : value);
  return Number.isNaN(time.getTime()) ? '' : time.toISOString();
}

/**
 * The filters the API takes from the form: text trimmed, times as ISO instants, an event type in
 * capitals as the engine names events.
 * @example toAuditFilter({ ...EMPTY_AUDIT_FORM, eventType: ' recorded ' }).eventType // 'RECORDED'
 */
export function toAuditFilter(form: AuditForm): AuditFilter {
  return {
    q: form.q.trim(),
    room: form.room.trim(),
    phone: form.phone.trim(),
    ticketId: form.ticketId.trim(),
    actorId: form.actorId.trim(),
    actorRole: form.actorRole.trim(),
    command: form.command.trim(),
    eventType: form.eventType.trim().toUpperCase(),
    outcome: form.outcome as AuditFilter['outcome'],
    from: localToIso(form.from),
    to: localToIso(form.to),
    blueprintKey: form.blueprintKey.trim(),
    blueprintVersion: form.blueprintVersion.trim(),
    class: form.class as AuditFilter['class'],
    team: form.team.trim(),
  };
}

/** A period of whole days, `to` included, as the heatmap asks for it. */
export function dayPeriod(fromDay: string, toDay: string): { from?: string; to?: string } {
  const from = localToIso(fromDay);
  const end = toDay ? new Date(`${toDay}T00:00`) : null;
  if (end) end.setDate(end.getDate() + 1);
  return {
    ...(from ? { from } : {}),
    ...(end && !Number.isNaN(end.getTime()) ? { to: end.toISOString() } : {}),
  };
}
