import type { Blueprint, CallbackFigures } from '@frontstage/engine';

/** A callback (回访) is the step that asks the customer for a satisfaction score. */
export const SATISFACTION_FIELD = 'satisfaction';

/** The callback steps of a blueprint, by id: the score is asked by the step itself or by a flow out of it. */
export function callbackSteps(blueprint: Pick<Blueprint, 'steps' | 'flows'>): Set<string> {
  const asks = (fields: { name: string }[] | undefined) =>
    fields?.some((f) => f.name === SATISFACTION_FIELD) ?? false;
  return new Set([
    ...blueprint.steps.filter((s) => asks(s.requiredData)).map((s) => s.id),
    ...blueprint.flows.filter((f) => asks(f.requiredData)).map((f) => f.from),
  ]);
}

/** Folds timer outcomes and satisfaction answers into one row per blueprint and team. */
export function callbackFigures(
  deadlines: { blueprint: string; team: string | null; status: string; n: number }[],
  answers: { blueprint: string; team: string | null; satisfaction: number }[],
): CallbackFigures[] {
  const rows = new Map<string, CallbackFigures & { sum: number }>();
  const row = (blueprint: string, team: string | null) => {
    const key = `${blueprint}\u0000${team ?? ''}`;
    let r = rows.get(key);
    if (!r)
      rows.set(
        key,
        (r = {
          blueprint,
          team,
          inTime: 0,
          late: 0,
          rateInTime: null,
          answers: 0,
          meanSatisfaction: null,
          sum: 0,
        }),
      );
    return r;
  };
  for (const d of deadlines) {
    const r = row(d.blueprint, d.team);
    // A callback's breach timer is cancelled when the callback is done in time, fired when it is late.
    if (d.status === 'cancelled') r.inTime += d.n;
    else if (d.status === 'fired') r.late += d.n;
  }
  for (const a of answers) {
    const r = row(a.blueprint, a.team);
    r.answers += 1;
    r.sum += a.satisfaction;
  }
  return [...rows.values()]
    .map(({ sum, ...r }) => ({
      ...r,
      rateInTime: r.inTime + r.late === 0 ? null : r.inTime / (r.inTime + r.late),
      meanSatisfaction: r.answers === 0 ? null : Math.round((sum / r.answers) * 100) / 100,
    }))
    .sort((a, b) => a.blueprint.localeCompare(b.blueprint) || (a.team ?? '').localeCompare(b.team ?? ''));
}
