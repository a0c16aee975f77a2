import { createInterface } from 'node:readline/promises';
import { allowedEvents } from '../allowed-events.js';
import type { CompiledBlueprint } from '../compile.js';
import { addMs, durationMs } from '../duration.js';
import { start, step } from '../step.js';
import { TIMER_DUE, type Effect, type StepResult, type Ticket } from '../ticket.js';
import { say, type Out } from './format.js';

/** One instruction of a simulation: an event sent by a role, or the clock moving on. */
export type Instruction =
  | { kind: 'event'; type: string; role: string; data?: Record<string, never> }
  | { kind: 'wait'; duration: string };

/** Splits "A:role;B:role:{...}" (or comma-separated) without breaking JSON inside braces. */
export function splitInstructions(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '{') depth++;
    if (ch === '}') depth--;
    if ((ch === ';' || ch === ',') && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts.filter(Boolean);
}

/** Parses "EVENT:role[:json]", "EVENT role [json]" or "wait PT30M". */
export function parseInstruction(text: string): Instruction {
  const wait = /^wait[: ]+(\S+)$/i.exec(text);
  if (wait) return { kind: 'wait', duration: wait[1]! };
  const m = /^([A-Z][A-Z0-9_]*)[: ]+([a-z][a-z0-9_]*)(?:[: ]+(\{.*\}))?$/.exec(text);
  if (!m)
    throw new Error(`Cannot read "${text}": write EVENT:role, EVENT:role:{"field":value} or wait:PT30M`);
  return { kind: 'event', type: m[1]!, role: m[2]!, ...(m[3] ? { data: JSON.parse(m[3]) } : {}) };
}

function show(out: Out, compiled: CompiledBlueprint, ticket: Ticket, now: string): void {
  const s = compiled.blueprint.steps.find((x) => x.id === ticket.state)!;
  out.line(
    `  @ ${now}  ${ticket.state} — ${say(out, s.label)} [${ticket.status}]${ticket.overdue ? ' OVERDUE' : ticket.atRisk ? ' at risk' : ''}`,
  );
  for (const t of ticket.timers) out.line(`      timer ${t.kind} due ${t.due}`);
  if (ticket.status === 'open')
    for (const e of allowedEvents(compiled, ticket))
      out.line(
        `      → ${e.type} by ${e.roles.join('/')}${e.fields.length ? ` needs ${e.fields.map((f) => f.name).join(', ')}` : ''}`,
      );
}

/** Applies one instruction; a wait fires, in order, every timer that falls due. */
function apply(
  compiled: CompiledBlueprint,
  ticket: Ticket,
  now: string,
  ins: Instruction,
): { result: StepResult; now: string } {
  if (ins.kind === 'event')
    return {
      result: step(
        compiled,
        ticket,
        { type: ins.type, ...(ins.data ? { data: ins.data } : {}) },
        { id: `sim-${ins.role}`, role: ins.role },
        now,
      ),
      now,
    };
  const until = addMs(now, durationMs(ins.duration));
  let current = ticket;
  const effects: Effect[] = [];
  const flows: string[] = [];
  for (;;) {
    const due = current.timers.filter((x) => x.due <= until).sort((a, b) => a.due.localeCompare(b.due))[0];
    if (!due) break;
    const next = step(
      compiled,
      current,
      { type: TIMER_DUE, data: { timerId: due.id } },
      { id: 'scheduler', role: 'system' },
      due.due,
    );
    if (!next.ok) return { result: next, now: until };
    current = next.ticket;
    effects.push(...next.effects);
    flows.push(...next.flows);
  }
  return { result: { ok: true, ticket: current, effects, flows }, now: until };
}

/** Walks a blueprint along instructions, or interactively when none are given. Exit 1 on a refusal. */
export async function simulateCommand(
  out: Out,
  compiled: CompiledBlueprint,
  facts: Record<string, unknown>,
  instructions: Instruction[] | 'interactive',
  startAt: string,
): Promise<number> {
  let now = startAt;
  const opened = start(compiled, facts, { id: 'sim-intake', role: 'frontdesk' }, now);
  if (!opened.ok) {
    out.error(`${opened.rejection.code}: ${say(out, opened.rejection.message)}`);
    return 1;
  }
  let ticket = opened.ticket;
  show(out, compiled, ticket, now);
  const run = (ins: Instruction): boolean => {
    const { result, now: after } = apply(compiled, ticket, now, ins);
    now = after;
    if (!result.ok) {
      out.error(`  ✗ ${result.rejection.code}: ${say(out, result.rejection.message)}`);
      return false;
    }
    ticket = result.ticket;
    for (const e of result.effects)
      if (e.kind !== 'assign') out.line(`      effect ${e.kind}${'to' in e ? ` → ${e.to}` : ''}`);
    show(out, compiled, ticket, now);
    return true;
  };
  if (instructions !== 'interactive') {
    for (const ins of instructions) if (!run(ins)) return 1;
    return 0;
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    while (ticket.status === 'open') {
      const answer = (await rl.question('> ')).trim();
      if (answer === 'quit' || answer === 'exit') break;
      if (!answer) continue;
      try {
        run(parseInstruction(answer));
      } catch (e) {
        out.error(String((e as Error).message));
      }
    }
  } finally {
    rl.close();
  }
  return 0;
}
