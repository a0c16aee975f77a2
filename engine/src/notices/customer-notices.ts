import { durationWords } from '../diff/duration-words.js';
import { seenByCustomer, type Blueprint, type Step } from '../schema/blueprint.js';
import type { NoticePlaceholder } from '../schema/notice.js';
import type { Text } from '../schema/primitives.js';
import type { Effect } from '../ticket.js';
import { renderNotice } from './notice-template.js';

/** Steps that never tell by default: a decision is passed through in the same instant. */
const SILENT_TYPES: readonly Step['type'][] = ['decision'];

const AT_STEP: Text = { 'zh-CN': '您的请求已进入“{step}”', en: 'Your request is now at "{step}"' };
const AT_STEP_WITHIN: Text = {
  'zh-CN': '您的请求已进入“{step}”，预计{expected}内完成',
  en: 'Your request is now at "{step}", expected within {expected}',
};
const DONE: Text = { 'zh-CN': '您的请求已完成：{step}', en: 'Your request is complete: {step}' };
const STAFF: Text = { 'zh-CN': '工作人员', en: 'staff member' };

/**
 * Whether entering `step` sends the customer a message: as the step says, else when it lies above
 * the line of visibility (customer and front-stage rows) and is not a decision.
 * @example notifiesCustomer({ lane: 'frontstage', type: 'task', … }) // true
 */
export function notifiesCustomer(step: Step): boolean {
  return step.customerNotice?.enabled ?? (seenByCustomer(step) && !SILENT_TYPES.includes(step.type));
}

/** The step's own template, else the standard one: where the request is, and by when when it has a time standard. */
export function noticeTemplate(step: Step): Text {
  if (step.customerNotice?.text) return step.customerNotice.text;
  if (step.type === 'end') return DONE;
  return step.timeStandard ? AT_STEP_WITHIN : AT_STEP;
}

/** What a step's placeholders stand for. `ticket` is the request's number as the customer knows it. */
export function noticeValues(
  blueprint: Pick<Blueprint, 'name' | 'roles'>,
  step: Step,
  ticket: string,
): Record<NoticePlaceholder, Text> {
  const role = step.roles?.[0];
  const plain = (s: string): Text => ({ 'zh-CN': s, en: s });
  return {
    step: step.label,
    expected: step.timeStandard ? durationWords(step.timeStandard.duration) : plain('—'),
    visitor: (role && blueprint.roles?.[role]) || STAFF,
    ticket: plain(ticket),
    blueprint: blueprint.name,
  };
}

/** What one accepted command asks to be told, customer and staff, before recipients are known. */
export type NoticeIntent =
  | { kind: 'customer.step'; stepId: string; text: Text; emergency: boolean }
  | { kind: 'staff.assignment'; stepId: string; roles: string[]; team?: string }
  | {
      kind: 'staff.alert';
      stepId: string;
      to: string;
      message: Text;
      reason: 'warning' | 'breach' | 'action';
    }
  | { kind: 'staff.escalation'; stepId: string; to: string };

/** What an accepted command did, as far as notices care. */
export interface NoticeChange {
  /** The flows taken, in order (step()'s and start()'s `flows`). */
  flows: readonly string[];
  /** True for intake: the start step was entered too. */
  created: boolean;
  effects: readonly Effect[];
  /** The request's number the customer knows. */
  ticket: string;
}

/**
 * The notices of one accepted command, pure: a customer message for each step entered that tells
 * (see notifiesCustomer), in the order entered, then the staff's: every assignment, every notify
 * effect (a time standard's warning or breach, or a notify action), every escalation.
 * @example ticketNotices(blueprint, { flows: ['f-dispatch'], created: false, effects, ticket: 'T-1' })
 */
export function ticketNotices(blueprint: Blueprint, change: NoticeChange): NoticeIntent[] {
  const steps = new Map(blueprint.steps.map((s) => [s.id, s]));
  const flows = new Map(blueprint.flows.map((f) => [f.id, f]));
  const entered: Step[] = [];
  if (change.created) {
    const start = blueprint.steps.find((s) => s.type === 'start');
    if (start) entered.push(start);
  }
  for (const id of change.flows) {
    const to = steps.get(flows.get(id)?.to ?? '');
    if (to) entered.push(to);
  }
  const emergency = blueprint.class === 'emergency';
  const intents: NoticeIntent[] = entered.filter(notifiesCustomer).map((step) => ({
    kind: 'customer.step',
    stepId: step.id,
    text: renderNotice(noticeTemplate(step), noticeValues(blueprint, step, change.ticket)),
    emergency,
  }));
  for (const e of change.effects) {
    if (e.kind === 'assign')
      intents.push({
        kind: 'staff.assignment',
        stepId: e.stepId,
        roles: e.roles,
        ...(e.team ? { team: e.team } : {}),
      });
    else if (e.kind === 'notify')
      intents.push({ kind: 'staff.alert', stepId: e.stepId, to: e.to, message: e.message, reason: e.reason });
    else if (e.kind === 'escalate') intents.push({ kind: 'staff.escalation', stepId: e.stepId, to: e.to });
  }
  return intents;
}
