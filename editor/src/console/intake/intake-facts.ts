import type { JsonValue } from '@frontstage/engine';

/** A yes/no fact the desk may also leave unknown: the rules treat "not said" and "no" differently. */
export type Tri = '' | 'yes' | 'no';

/** The facts the shipped ruleset reads, as the intake form asks for them. */
export const FLAG_FACTS = [
  'waterFlowing',
  'peopleTrapped',
  'majorIncident',
  'inHome',
  'paidService',
  'binTwoThirdsFull',
] as const;
export type FlagFact = (typeof FLAG_FACTS)[number];

export interface IntakeForm {
  channel: string;
  unit: string;
  location: string;
  customerName: string;
  phone: string;
  description: string;
  type: string;
  customerSegment: string;
  previousComplaints: string;
  flags: Record<FlagFact, Tri>;
}

export const EMPTY_INTAKE: IntakeForm = {
  channel: 'phone',
  unit: '',
  location: '',
  customerName: '',
  phone: '',
  description: '',
  type: '',
  customerSegment: '',
  previousComplaints: '',
  flags: {
    waterFlowing: '',
    peopleTrapped: '',
    majorIncident: '',
    inHome: '',
    paidService: '',
    binTwoThirdsFull: '',
  },
};

const TEXT_FACTS = [
  'channel',
  'unit',
  'location',
  'customerName',
  'phone',
  'description',
  'type',
  'customerSegment',
] as const;

/**
 * The facts an intake form sends to the rules and to `POST /api/tickets`: text trimmed and left out
 * when empty, yes/no only when the customer said so, the complaint count as a number.
 * @example buildFacts({ ...EMPTY_INTAKE, description: ' 楼上跑水 ', flags: { ...EMPTY_INTAKE.flags, waterFlowing: 'yes' } })
 * // { channel: 'phone', description: '楼上跑水', waterFlowing: true }
 */
export function buildFacts(form: IntakeForm): Record<string, JsonValue> {
  const facts: Record<string, JsonValue> = {};
  for (const name of TEXT_FACTS) {
    const value = form[name].trim();
    if (value) facts[name] = value;
  }
  for (const name of FLAG_FACTS) {
    const flag = form.flags[name];
    if (flag) facts[name] = flag === 'yes';
  }
  const complaints = form.previousComplaints.trim();
  if (complaints !== '' && Number.isFinite(Number(complaints))) facts.previousComplaints = Number(complaints);
  return facts;
}

/** Whether the form says enough to open a ticket: something about what happened. */
export function canSubmit(form: IntakeForm): boolean {
  return form.description.trim().length > 0 || form.type !== '';
}
