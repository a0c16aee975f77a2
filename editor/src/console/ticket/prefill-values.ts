import {
  prefilled,
  type Field,
  type JsonValue,
  type PrefillContext,
  type TicketDetail,
} from '@frontstage/engine';

/** What a ticket knows, as the engine's prefill reads it. A masked phone is no phone to call. */
export function prefillContextOf(ticket: TicketDetail): PrefillContext {
  const customer = ticket.customer;
  return {
    facts: ticket.facts,
    data: ticket.data,
    customer: customer ? { name: customer.name, phone: customer.phoneMasked ? null : customer.phone } : null,
    place: ticket.location?.code ?? null,
    unit: ticket.location?.unitId ? ticket.location.code : null,
    reportedAt: ticket.createdAt,
  };
}

/**
 * A form's first input texts, from what the ticket knows (the blueprint's `prefill` of each field):
 * each value as its input shows it, an instant in a date input as the user's local day.
 * @example prefilledInputs([{ name: 'phone', type: 'phone', prefill: 'customer.phone', … }], ticket) // { phone: '13800001234' }
 */
export function prefilledInputs(fields: readonly Field[], ticket: TicketDetail): Record<string, string> {
  const values = prefilled(fields, prefillContextOf(ticket));
  const inputs: Record<string, string> = {};
  for (const f of fields) if (values[f.name] !== undefined) inputs[f.name] = inputText(f, values[f.name]!);
  return inputs;
}

function inputText(field: Field, value: JsonValue): string {
  if (field.type === 'date' && typeof value === 'string' && value.length > 10) {
    const at = new Date(value);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  }
  return String(value);
}
