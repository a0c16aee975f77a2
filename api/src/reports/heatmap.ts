import type { Blueprint, StepHeat } from '@frontstage/engine';
import { SATISFACTION_FIELD } from './callback-steps.js';

/** The audit columns the heatmap reads, one row per entry, ordered by ticket then seq. */
export interface HeatEntry {
  ticketId: string;
  at: string;
  outcome: string;
  eventType: string | null;
  fromState: string | null;
  toState: string | null;
  data: Record<string, unknown> | null;
  trace: { flows?: string[] } | null;
}

/** Nearest-rank percentile of sorted numbers. */
export function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

/**
 * Per step: tickets passed, median and p90 time spent, breaches of its time standard, refused
 * commands and satisfaction. Time at a step runs from the entry that brought the ticket there to
 * the next accepted entry that moved it on; flows in the trace name the steps passed through.
 * Satisfaction is counted three ways: every score given, each ticket's first (the first callback)
 * and each ticket's final one (after a remedy and a second callback), at the step it was given.
 */
export function heatmap(blueprint: Pick<Blueprint, 'steps' | 'flows'>, entries: HeatEntry[]): StepHeat[] {
  const flowTo = new Map(blueprint.flows.map((f) => [f.id, f.to]));
  const heat = new Map(
    blueprint.steps.map((s) => [
      s.id,
      {
        passed: 0,
        durations: [] as number[],
        breaches: 0,
        refused: 0,
        answers: 0,
        sum: 0,
        first: { answers: 0, sum: 0 },
        final: { answers: 0, sum: 0 },
      },
    ]),
  );
  let ticket = '';
  let resting: { step: string; since: number } | null = null;
  // The scores of the ticket being read, in order: its first and last go to the first and final means.
  let scores: { step: string; score: number }[] = [];
  const closeTicket = () => {
    const first = scores[0];
    const last = scores.at(-1);
    if (first) count(heat.get(first.step)!.first, first.score);
    if (last) count(heat.get(last.step)!.final, last.score);
    scores = [];
  };
  for (const e of entries) {
    if (e.ticketId !== ticket) {
      closeTicket();
      ticket = e.ticketId;
      resting = null;
    }
    if (e.outcome !== 'accepted') {
      const step = e.fromState ? heat.get(e.fromState) : undefined;
      if (step) step.refused += 1;
      continue;
    }
    const at = Date.parse(e.at);
    const timerId = typeof e.data?.timerId === 'string' ? e.data.timerId : null;
    if (e.eventType === 'TIMER_DUE' && timerId?.endsWith(':breach')) {
      const step = heat.get(timerId.slice(0, timerId.indexOf('#')));
      if (step) step.breaches += 1;
    }
    const score = e.data?.[SATISFACTION_FIELD];
    if (typeof score === 'number' && e.fromState && heat.has(e.fromState)) {
      heat.get(e.fromState)!.answers += 1;
      heat.get(e.fromState)!.sum += score;
      scores.push({ step: e.fromState, score });
    }
    const flows = e.trace?.flows ?? [];
    if (flows.length === 0) continue; // a timer warning or a comment: the ticket did not move
    if (resting && heat.has(resting.step)) heat.get(resting.step)!.durations.push(at - resting.since);
    for (const flow of flows) {
      const to = flowTo.get(flow);
      if (to && heat.has(to)) heat.get(to)!.passed += 1;
    }
    resting = e.toState ? { step: e.toState, since: at } : null;
  }
  closeTicket();
  return blueprint.steps.map((s) => {
    const h = heat.get(s.id)!;
    const sorted = h.durations.sort((a, b) => a - b);
    return {
      stepId: s.id,
      passed: h.passed,
      medianMs: percentile(sorted, 0.5),
      p90Ms: percentile(sorted, 0.9),
      breaches: h.breaches,
      refused: h.refused,
      answers: h.answers,
      meanSatisfaction: mean(h),
      firstAnswers: h.first.answers,
      meanFirstSatisfaction: mean(h.first),
      finalAnswers: h.final.answers,
      meanFinalSatisfaction: mean(h.final),
    };
  });
}

function count(tally: { answers: number; sum: number }, score: number): void {
  tally.answers += 1;
  tally.sum += score;
}

const mean = (t: { answers: number; sum: number }) =>
  t.answers ? Math.round((t.sum / t.answers) * 100) / 100 : null;
