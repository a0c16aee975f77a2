import type { AnyMachineSnapshot } from 'xstate';
import type { CompiledBlueprint } from './compile.js';
import { INTAKE } from './machine-config.js';
import { checkRequiredData } from './required-data.js';
import { fieldsFor, runtimeFor, type MachineContext, type Runtime } from './runtime.js';
import { movementOf, settle, type StepOptions } from './settle.js';
import { JsonValue } from './schema/primitives.js';
import { Actor, reject, Ticket, TicketEvent, TIMER_DUE, type StepResult } from './ticket.js';
import { z } from 'zod';
import { safeParse } from './safe-parse.js';

export type { StepOptions } from './settle.js';

/** Options for a new ticket: what classification decided beyond the blueprint. */
export interface StartOptions extends StepOptions {
  team?: string;
  timeStandards?: Record<string, string>;
}

const Facts = z.record(z.string(), JsonValue);
const Instant = z.iso.datetime();
const StartOptionsInput = z
  .object({ team: z.string().optional(), timeStandards: z.record(z.string(), z.string()).optional() })
  .loose();

function isCompiled(value: unknown): value is CompiledBlueprint {
  const c = value as CompiledBlueprint | null;
  return (
    !!c &&
    c.ok === true &&
    typeof c.hash === 'string' &&
    typeof c.key === 'string' &&
    !!c.machine &&
    !!c.blueprint?.steps
  );
}

function invalid(what: string, issues?: z.ZodError): StepResult {
  const where = issues?.issues[0] ? `${what}.${issues.issues[0].path.join('.')}`.replace(/\.$/, '') : what;
  const detail = issues?.issues[0]?.message ?? 'missing';
  return reject('invalid_input', `输入无效：${where}（${detail}）`, `Invalid input: ${where} (${detail})`, {
    field: where,
  });
}

function snapshotOf(runtime: Runtime, state: string, context: MachineContext): AnyMachineSnapshot {
  return runtime.machine.resolveState({ value: state, context });
}

/**
 * Opens a ticket on a compiled blueprint: it leaves the start step and runs on to the first task.
 * @example const { ticket, effects } = start(compiled, { unit: '3-1201' }, frontdesk, '2026-11-23T08:00:00.000Z');
 */
export function start(
  compiled: unknown,
  facts: unknown,
  actor: unknown,
  now: unknown,
  options: StartOptions = {},
): StepResult {
  return known(startChecked(compiled, facts, actor, now, options));
}

function startChecked(
  compiled: unknown,
  facts: unknown,
  actor: unknown,
  now: unknown,
  options: StartOptions,
): StepResult {
  if (!isCompiled(compiled)) return invalid('compiled');
  const f = safeParse(Facts, facts);
  if (!f.success) return invalid('facts', f.error);
  const a = safeParse(Actor, actor);
  if (!a.success) return invalid('actor', a.error);
  if (!safeParse(Instant, now).success) return invalid('now');
  const o = safeParse(StartOptionsInput, options);
  if (!o.success) return invalid('options', o.error);
  const runtime = runtimeFor(compiled);
  if (!runtime) return invalid('compiled');
  const startId = runtime.initial;
  const context: MachineContext = { facts: f.data, data: {} };
  const [next, actions] = runtime.transit(snapshotOf(runtime, startId, context), { type: INTAKE });
  const movement = movementOf(actions);
  const opening: Ticket = {
    blueprint: { key: compiled.key, hash: compiled.hash },
    state: startId,
    status: 'open',
    context: { facts: f.data, data: {} },
    path: [startId],
    seq: -1,
    timers: [],
    escalations: [],
    assignment: null,
    ...(options.team ? { team: options.team } : {}),
    timeStandards: options.timeStandards ?? {},
    atRisk: false,
    overdue: false,
    createdAt: now as string,
    updatedAt: now as string,
  };
  const { ticket, effects } = settle(
    runtime,
    opening,
    { state: String(next.value), context: next.context },
    movement,
    now as string,
    options,
  );
  return { ok: true, ticket, effects, flows: movement.flows };
}

/**
 * Moves a ticket by one event: a pure function of (compiled version, ticket, event, actor, now).
 * Auto steps and decisions run to completion; time standards become timer effects.
 * @example
 * const result = step(compiled, ticket, { type: 'DISPATCHED', data: { engineer: 'Li' } }, dispatcher, now);
 * if (!result.ok) console.log(result.rejection.code); // e.g. 'role_not_allowed'
 */
export function step(
  compiled: unknown,
  ticket: unknown,
  event: unknown,
  actor: unknown,
  now: unknown,
  options: StepOptions = {},
): StepResult {
  return known(stepChecked(compiled, ticket, event, actor, now, options));
}

/**
 * Tickets this engine returned. They are valid by construction, so passing one back (replay, the
 * editor's simulator) skips re-validating it; a ticket read from storage is checked in full.
 * Tickets are values: a caller changes one by making a new object, never by mutating it.
 */
const returned = new WeakSet<object>();

function known(result: StepResult): StepResult {
  if (result.ok) returned.add(result.ticket);
  return result;
}

function stepChecked(
  compiled: unknown,
  ticket: unknown,
  event: unknown,
  actor: unknown,
  now: unknown,
  options: StepOptions,
): StepResult {
  if (!isCompiled(compiled)) return invalid('compiled');
  const t =
    typeof ticket === 'object' && ticket !== null && returned.has(ticket)
      ? { success: true as const, data: ticket as Ticket }
      : safeParse(Ticket, ticket);
  if (!t.success) return invalid('ticket', t.error);
  const e = safeParse(TicketEvent, event);
  if (!e.success) return invalid('event', e.error);
  const a = safeParse(Actor, actor);
  if (!a.success) return invalid('actor', a.error);
  if (!safeParse(Instant, now).success) return invalid('now');
  const current = t.data;
  if (current.blueprint.hash !== compiled.hash)
    return reject(
      'wrong_blueprint',
      '工单不属于这个蓝图版本',
      'The ticket is pinned to another blueprint version',
      { expected: current.blueprint.hash },
    );
  if (current.status === 'closed') return reject('ticket_closed', '工单已关闭', 'The ticket is closed');
  const runtime = runtimeFor(compiled);
  if (!runtime) return invalid('compiled');
  if (!runtime.steps.has(current.state)) return invalid('ticket.state');
  if (e.data.type === TIMER_DUE) return timerDue(runtime, current, e.data, a.data, now as string, options);
  return userEvent(runtime, current, e.data, a.data, now as string, options);
}

function userEvent(
  runtime: Runtime,
  ticket: Ticket,
  event: TicketEvent,
  actor: Actor,
  now: string,
  options: StepOptions,
): StepResult {
  const byEvent = runtime.flowsByEvent.get(ticket.state);
  const flows = byEvent?.get(event.type) ?? [];
  if (flows.length === 0)
    return reject(
      'event_not_allowed',
      `当前步骤“${ticket.state}”不接受“${event.type}”`,
      `"${event.type}" is not allowed at step "${ticket.state}"`,
      { state: ticket.state, allowed: [...(byEvent?.keys() ?? [])] },
    );
  const step = runtime.steps.get(ticket.state)!;
  const roles = new Set(flows.flatMap((f) => f.roles ?? step.roles ?? []));
  if (!roles.has(actor.role))
    return reject(
      'role_not_allowed',
      `角色“${actor.role}”不能在“${step.label['zh-CN']}”发送“${event.type}”`,
      `Role "${actor.role}" may not send "${event.type}" at "${step.label.en}"`,
      { allowedRoles: [...roles] },
    );
  const issues = checkRequiredData(fieldsFor(step, flows), event.data ?? {}, now);
  if (issues.length > 0)
    return reject(
      'data_invalid',
      `数据不完整或有误：${issues.map((i) => i.field).join('、')}`,
      `Data missing or invalid: ${issues.map((i) => i.field).join(', ')}`,
      { issues },
    );
  return move(runtime, ticket, event, now, options);
}

function move(
  runtime: Runtime,
  ticket: Ticket,
  event: TicketEvent,
  now: string,
  options: StepOptions,
): StepResult {
  const [next, actions] = runtime.transit(snapshotOf(runtime, ticket.state, ticket.context), event);
  const movement = movementOf(actions);
  if (movement.flows.length === 0)
    return reject(
      'no_branch',
      `“${event.type}”的条件都不满足`,
      `No condition of "${event.type}" holds for this ticket`,
      { state: ticket.state },
    );
  const { ticket: after, effects } = settle(
    runtime,
    ticket,
    { state: String(next.value), context: next.context as Ticket['context'] },
    movement,
    now,
    options,
  );
  return { ok: true, ticket: after, effects, flows: movement.flows };
}

/** A due clock: a warning puts the ticket at risk; a breach escalates and may move the ticket. */
function timerDue(
  runtime: Runtime,
  ticket: Ticket,
  event: TicketEvent,
  actor: Actor,
  now: string,
  options: StepOptions,
): StepResult {
  if (actor.role !== 'system')
    return reject('role_not_allowed', '只有系统可以触发计时器', 'Only the system fires timers', {
      allowedRoles: ['system'],
    });
  const timerId = event.data?.timerId;
  const timer = ticket.timers.find((t) => t.id === timerId);
  // JSON, not String(): data such as { "toString": 0 } cannot be turned into a string by JavaScript.
  const shown = typeof timerId === 'string' ? timerId : JSON.stringify(timerId ?? null);
  if (!timer)
    return reject('timer_not_active', `计时器“${shown}”不在运行`, `Timer "${shown}" is not running`, {
      timerId: timerId ?? null,
    });
  if (Date.parse(now) < Date.parse(timer.due))
    return reject('timer_not_due', `计时器“${timer.id}”还未到期`, `Timer "${timer.id}" is not due yet`, {
      due: timer.due,
    });
  const step = runtime.steps.get(timer.stepId)!;
  const to = timer.escalateTo ?? step.timeStandard?.onBreach?.escalateTo ?? step.roles?.[0] ?? 'supervisor';
  const owner = timer.kind === 'warning' ? (step.roles?.[0] ?? to) : to;
  const fired: Ticket = {
    ...ticket,
    timers: ticket.timers.filter((t) => t.id !== timer.id),
    escalations: [
      ...ticket.escalations,
      { timerId: timer.id, stepId: timer.stepId, kind: timer.kind, to: owner, at: now },
    ],
    atRisk: true,
    overdue: ticket.overdue || timer.kind === 'breach',
    seq: ticket.seq + 1,
    updatedAt: now,
  };
  const message =
    timer.kind === 'warning'
      ? {
          'zh-CN': `“${step.label['zh-CN']}”即将超时`,
          en: `"${step.label.en}" is close to its time standard`,
        }
      : {
          'zh-CN': `“${step.label['zh-CN']}”已超时`,
          en: `"${step.label.en}" has breached its time standard`,
        };
  const effects = [
    { kind: 'notify' as const, stepId: step.id, to: owner, message, reason: timer.kind },
    ...(timer.kind === 'breach'
      ? [{ kind: 'escalate' as const, stepId: step.id, to: owner, timerId: timer.id }]
      : []),
  ];
  const breachEvent = timer.kind === 'breach' ? step.timeStandard?.onBreach?.event : undefined;
  if (breachEvent) {
    const moved = move(runtime, { ...fired, seq: ticket.seq }, { type: breachEvent }, now, options);
    if (moved.ok) return { ...moved, effects: [...effects, ...moved.effects] };
  }
  return { ok: true, ticket: fired, effects, flows: [] };
}
