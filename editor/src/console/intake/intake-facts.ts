import { parseUnitAddress, type JsonValue } from '@frontstage/engine';
import { NO_PICK, type PlacePick } from './place-pick';
import type { NewTicket } from '../../api/filters';

import type { Tri } from '../../shared/facts/fact-values';

export type { Tri };

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

export interface IntakeForm extends PlacePick {
  /** The site the request belongs to; '' files it under the caller's own site. */
  site: string;
  /** What is typed in the search box and not picked: sent as an address when it reads as one. */
  placeText: string;
  channel: string;
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
  ...NO_PICK,
  site: '',
  placeText: '',
  channel: 'phone',
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

const TEXT_FACTS = ['channel', 'location', 'description', 'type', 'customerSegment'] as const;

/** Typed text that names a unit (`3栋2单元1101`), for the API to resolve; null otherwise. */
function typedAddress(form: IntakeForm): string | null {
  const text = form.placeText.trim();
  return text && parseUnitAddress(text) ? text : null;
}

/**
 * The facts an intake form sends to the rules and to `POST /api/tickets`: text trimmed and left out
 * when empty, yes/no only when the customer said so, the complaint count as a number. The unit and
 * caller come from the picked records when there are some; a masked phone is not a fact.
 * @example buildFacts({ ...EMPTY_INTAKE, description: ' 楼上跑水 ', flags: { ...EMPTY_INTAKE.flags, waterFlowing: 'yes' } })
 * // { channel: 'phone', description: '楼上跑水', waterFlowing: true }
 */
export function buildFacts(form: IntakeForm): Record<string, JsonValue> {
  const facts: Record<string, JsonValue> = {};
  // Typed text counts only while nothing is picked: a picked area has no unit.
  const unit = form.place ? (form.place.kind === 'unit' ? form.place.code : null) : typedAddress(form);
  if (unit) facts.unit = unit;
  const { customer } = form;
  const caller = customer ? customer.name : form.customerName.trim();
  const phone = customer ? (customer.phoneMasked ? '' : customer.phone) : form.phone.trim();
  if (caller) facts.customerName = caller;
  if (phone) facts.phone = phone;
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

/**
 * The body of `POST /api/tickets`: the facts, the site when one is chosen, the picked unit or area
 * (else typed address text), and the caller's record unless the report is anonymous.
 * @example buildTicketRequest({ ...form, site: 'cuihu', place: { kind: 'unit', unitId: 'u1', code: '3-2-1101' } })
 * // { facts: { unit: '3-2-1101', … }, site: 'cuihu', unitId: 'u1' }
 */
export function buildTicketRequest(form: IntakeForm): NewTicket {
  const request: NewTicket = { facts: buildFacts(form) };
  if (form.site) request.site = form.site;
  const address = typedAddress(form);
  if (form.place?.kind === 'unit') request.unitId = form.place.unitId;
  else if (form.place?.kind === 'area') request.areaId = form.place.areaId;
  else if (address) request.address = address;
  if (form.customer) request.customerId = form.customer.id;
  return request;
}
