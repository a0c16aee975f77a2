import {
  allowedEvents,
  CUSTOMER_ROLE,
  customerView,
  durationMs,
  type AuditEntry,
  type CompiledBlueprint,
  type ResidentAction,
  type ResidentMoment,
  type ResidentTicket,
  type Text,
} from '@frontstage/engine';
import type { TicketRow } from '../database/entities.js';

// What a resident reads of a ticket, built only from the engine's customer view (steps at or above
// the line of visibility, customer-visible fields, the actor only where the customer meets them)
// and the current step when it too is above the line. Backstage and support steps never name
// themselves here: while the ticket is behind the line the resident reads 'being arranged'.

const CLASS_LABEL: Record<ResidentTicket['class'], Text> = {
  general: { 'zh-CN': '一般服务', en: 'General service' },
  special: { 'zh-CN': '特约服务', en: 'Special service' },
  emergency: { 'zh-CN': '紧急服务', en: 'Emergency' },
};
const ARRANGING: Text = { 'zh-CN': '正在为您安排', en: 'Being arranged' };
const NEXT_NEWS: Text = { 'zh-CN': '给您新的进展', en: 'the next update' };
const FINISHED: Text = { 'zh-CN': '已办结', en: 'Completed' };
const RATE: Text = { 'zh-CN': '评价服务', en: 'Rate the service' };
/** The resident's words for their answers (the blueprint's event labels are the desk's). */
const ANSWER_LABEL: Partial<Record<ResidentAction['kind'], Text>> = {
  confirm: { 'zh-CN': '确认已完成', en: 'Confirm it is done' },
  not_fixed: { 'zh-CN': '还没修好', en: 'Not fixed yet' },
  accept_quote: { 'zh-CN': '同意报价', en: 'Accept the quote' },
  decline_quote: { 'zh-CN': '不接受报价', en: 'Decline the quote' },
};
/** The field a callback asks the customer: its flow is the one a resident's rating sends. */
export const SATISFACTION_FIELD = 'satisfaction';
const QUOTE_FIELD = 'quoteAmount';

/** What a resident's ticket is about, for lists: the blueprint's name. */
export interface ResidentViewInput {
  row: TicketRow;
  history: readonly AuditEntry[];
  compiled: CompiledBlueprint;
  /** Where it is, as the resident knows it (their unit code or the area's name). */
  place: string | null;
  /** Whether a payment consent is recorded (a quote then reads as accepted). */
  consented: boolean;
  /** Hashes of the ticket's photos and files. */
  attachments: string[];
}

/** A time standard in words: PT30M -> 30分钟 / 30 minutes. */
export function withinText(duration: string): Text {
  const minutes = Math.round(durationMs(duration) / 60_000);
  const [n, zh, en] =
    minutes % (24 * 60) === 0
      ? [minutes / (24 * 60), '天', 'day']
      : minutes % 60 === 0
        ? [minutes / 60, '小时', 'hour']
        : [minutes, '分钟', 'minute'];
  return { 'zh-CN': `${n}${zh}`, en: `${n} ${en}${n === 1 ? '' : 's'}` };
}

/** The ticket as its resident sees it. */
export function residentTicket(input: ResidentViewInput): ResidentTicket {
  const { row, compiled } = input;
  const blueprint = compiled.blueprint;
  const snapshot = row.snapshot;
  const current = blueprint.steps.find((s) => s.id === snapshot.state);
  const visibleNow = current !== undefined && isVisible(current.lane);
  const moments = customerView(input.history, blueprint);
  const timeline: ResidentMoment[] = moments.map((m) => ({
    at: m.at,
    step: m.step,
    happened: m.happened,
    fields: m.fields.map((f) => ({ label: f.label, text: f.text })),
    ...(m.actor ? { visitor: { name: m.actor.id, role: m.actor.role } } : {}),
  }));
  const closed = snapshot.status !== 'open';
  const breach = closed
    ? undefined
    : snapshot.timers.find((t) => t.kind === 'breach' && t.stepId === snapshot.state);
  const duration = current
    ? (snapshot.timeStandards[current.id] ?? current.timeStandard?.duration)
    : undefined;
  const quoteValue = [...moments]
    .reverse()
    .flatMap((m) => m.fields)
    .find((f) => blueprintFieldName(f.label, compiled) === QUOTE_FIELD)?.value;
  const lastVisitor = [...timeline].reverse().find((m) => m.visitor)?.visitor ?? null;
  const description = snapshot.context.facts.description;
  return {
    id: row.id,
    version: row.version,
    class: row.class as ResidentTicket['class'],
    classLabel: CLASS_LABEL[row.class as ResidentTicket['class']] ?? CLASS_LABEL.general,
    title: blueprint.name,
    description: typeof description === 'string' ? description : null,
    place: input.place,
    status: closed ? 'closed' : 'open',
    createdAt: row.createdAt,
    now: closed ? FINISHED : visibleNow ? current.label : ARRANGING,
    expected:
      breach && duration
        ? { by: breach.due, within: withinText(duration), what: visibleNow ? current.label : NEXT_NEWS }
        : null,
    visitor: lastVisitor,
    quote: typeof quoteValue === 'number' ? { amount: quoteValue, currency: 'CNY' } : null,
    timeline,
    actions: closed ? [] : actionsOf(compiled, row, typeof quoteValue === 'number' && !input.consented),
    attachments: input.attachments,
  };
}

/** The events a resident may send now: the customer's own, and the callback's rating. */
export function actionsOf(
  compiled: CompiledBlueprint,
  row: TicketRow,
  quotePending: boolean,
): ResidentAction[] {
  const blueprint = compiled.blueprint;
  const actions: ResidentAction[] = [];
  for (const e of allowedEvents(compiled, row.snapshot, CUSTOMER_ROLE)) {
    if (!e.mine) continue;
    const kind = kindOf(e.type, quotePending);
    const label = ANSWER_LABEL[kind] ?? blueprint.events?.[e.type] ?? { 'zh-CN': e.type, en: e.type };
    actions.push({ kind, event: e.type, label });
  }
  const rating = ratingFlow(compiled, row.snapshot.state);
  if (rating) actions.push({ kind: 'rate', event: rating.event, label: RATE });
  return actions;
}

/** The flow out of `state` that asks the customer's satisfaction (a callback), if any. */
export function ratingFlow(compiled: CompiledBlueprint, state: string) {
  const step = compiled.blueprint.steps.find((s) => s.id === state);
  if (!step || !isVisible(step.lane)) return undefined;
  return compiled.blueprint.flows.find(
    (f) =>
      f.from === state &&
      f.event !== undefined &&
      (f.requiredData ?? []).some((d) => d.name === SATISFACTION_FIELD),
  ) as ({ event: string; roles?: string[] } & Record<string, unknown>) | undefined;
}

// The shipped blueprints name the customer's answers with these events; another reads as 'other'
// and is still offered, by its label.
function kindOf(event: string, quotePending: boolean): ResidentAction['kind'] {
  if (event === 'ACCEPTED') return quotePending ? 'accept_quote' : 'confirm';
  if (event === 'DECLINED') return 'decline_quote';
  if (event === 'REWORK_REQUESTED') return 'not_fixed';
  return 'other';
}

function isVisible(lane: string): boolean {
  return lane === 'customer' || lane === 'frontstage';
}

function blueprintFieldName(label: Text, compiled: CompiledBlueprint): string | undefined {
  for (const s of compiled.blueprint.steps)
    for (const f of s.requiredData ?? []) if (f.label === label) return f.name;
  for (const fl of compiled.blueprint.flows)
    for (const f of fl.requiredData ?? []) if (f.label === label) return f.name;
  return undefined;
}
