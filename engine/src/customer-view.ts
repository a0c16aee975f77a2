import { TICKET_COMMAND } from './commands.js';
import type { AuditEntry } from './contract/audit.js';
import { fieldsFor } from './runtime.js';
import { seenByCustomer, type Blueprint, type Field } from './schema/blueprint.js';
import type { JsonValue, Text } from './schema/primitives.js';

/** A value the customer may read, with its field's label and the value in plain words. */
export interface CustomerField {
  label: Text;
  value: JsonValue;
  text: Text;
}

/**
 * One moment of the customer's story: something done at a step above the line of visibility,
 * said in plain words (the step's label and what happened), with only the fields the blueprint
 * marks customer-visible, and who acted only where the blueprint says the customer meets them.
 */
export interface CustomerMoment {
  /** The audit entry it tells (a key, never shown). */
  seq: number;
  at: string;
  /** The step where it happened. */
  step: Text;
  /** What happened there: the flow's label, else the step done. */
  happened: Text;
  fields: CustomerField[];
  /** The person the customer met (the technician who came): only at steps with `customerSeesActor`. */
  actor?: { id: string; role: Text };
}

/** The bilingual Yes / No of a boolean field. */
const YES: Text = { 'zh-CN': '是', en: 'Yes' };
const NO: Text = { 'zh-CN': '否', en: 'No' };
const RECEIVED: Text = { 'zh-CN': '已受理您的请求', en: 'We received your request' };
const DONE: Text = { 'zh-CN': '已完成', en: 'Done' };

/** A field's value in words: a choice by its option's label, a boolean as Yes / No, else as written. */
export function fieldText(field: Pick<Field, 'type' | 'options'>, value: JsonValue): Text {
  if (typeof value === 'boolean') return value ? YES : NO;
  const option = field.options?.find((o) => o.value === value);
  if (option) return option.label;
  const plain = typeof value === 'string' ? value : JSON.stringify(value);
  return { 'zh-CN': plain, en: plain };
}

function visibleFields(fields: readonly Field[], data: AuditEntry['data']): CustomerField[] {
  if (!data) return [];
  return fields
    .filter((f) => f.customerVisible === true && data[f.name] !== undefined && data[f.name] !== null)
    .map((f) => ({ label: f.label, value: data[f.name]!, text: fieldText(f, data[f.name]!) }));
}

/**
 * The customer's story of a ticket, from its audit history over its pinned blueprint: the intake
 * (when the start step is the customer's) and every accepted event sent at a step above the line of
 * visibility, oldest first. Nothing else: no refusals, staff notes, reassignments or timers (time
 * passing is not something done for the customer), no step or event ids, no rule internals, no data
 * a field does not mark customer-visible, no staff unless the step says the customer meets them.
 * @example customerView(history, pinned.blueprint).map((m) => m.happened['zh-CN']) // ['已受理您的请求', '已完成', …]
 */
export function customerView(
  entries: readonly AuditEntry[],
  blueprint: Pick<Blueprint, 'steps' | 'flows' | 'roles'>,
): CustomerMoment[] {
  const steps = new Map(blueprint.steps.map((s) => [s.id, s]));
  const moments: CustomerMoment[] = [];
  for (const entry of entries) {
    if (entry.outcome !== 'accepted') continue;
    if (entry.command === TICKET_COMMAND.create) {
      const start = blueprint.steps.find((s) => s.type === 'start');
      if (start && seenByCustomer(start))
        moments.push({ seq: entry.seq, at: entry.at, step: start.label, happened: RECEIVED, fields: [] });
      continue;
    }
    if (entry.command !== TICKET_COMMAND.event || !entry.fromState) continue;
    const step = steps.get(entry.fromState);
    if (!step || !seenByCustomer(step)) continue;
    // The form the event was sent with, as step() read it: the step's fields, then its flows'.
    const flows = blueprint.flows.filter((f) => f.from === step.id && f.event === entry.eventType);
    const fields = fieldsFor(step, flows);
    const role = blueprint.roles?.[entry.actorRole];
    moments.push({
      seq: entry.seq,
      at: entry.at,
      step: step.label,
      happened: flows[0]?.label ?? DONE,
      fields: visibleFields(fields, entry.data),
      ...(step.customerSeesActor && role ? { actor: { id: entry.actorId, role } } : {}),
    });
  }
  return moments;
}
