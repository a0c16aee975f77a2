import { z } from 'zod';

// The wire shapes of the reports endpoints.

/** Open tickets of one team (`GET /api/reports/workload`): how many, how many at risk or late, and who they wait for. */
export const WorkloadRow = z
  .object({
    team: z.string().nullable(),
    open: z.number().int(),
    emergency: z.number().int(),
    atRisk: z.number().int(),
    overdue: z.number().int(),
    byRole: z.record(z.string(), z.number().int()),
  })
  .meta({ id: 'WorkloadRow' });
export type WorkloadRow = z.infer<typeof WorkloadRow>;

/** One step of a blueprint, as the heatmap paints it. */
export const StepHeat = z
  .object({
    stepId: z.string(),
    /** Visits: how many times tickets entered the step. */
    passed: z.number().int(),
    /** Median and 90th percentile of the time tickets waited at the step, for visits that ended. */
    medianMs: z.number().nullable(),
    p90Ms: z.number().nullable(),
    breaches: z.number().int(),
    refused: z.number().int(),
    /** Satisfaction given when leaving the step (callbacks): every score given. */
    answers: z.number().int(),
    meanSatisfaction: z.number().nullable(),
    /** Each ticket's first score (its first callback), counted at the step where it was given. */
    firstAnswers: z.number().int(),
    meanFirstSatisfaction: z.number().nullable(),
    /** Each ticket's final score (after a remedy and another callback, else its only one). */
    finalAnswers: z.number().int(),
    meanFinalSatisfaction: z.number().nullable(),
  })
  .meta({ id: 'StepHeat' });
export type StepHeat = z.infer<typeof StepHeat>;

/** `GET /api/reports/heatmap`: a blueprint version's steps over a period. */
export const Heatmap = z
  .object({
    blueprint: z.string(),
    version: z.number().int(),
    from: z.string().optional(),
    to: z.string().optional(),
    tickets: z.number().int(),
    entries: z.number().int(),
    steps: z.array(StepHeat),
  })
  .meta({ id: 'Heatmap' });
export type Heatmap = z.infer<typeof Heatmap>;

/** Per blueprint and team: callbacks done within their deadline, late, and the satisfaction given. */
export const CallbackFigures = z
  .object({
    blueprint: z.string(),
    team: z.string().nullable(),
    inTime: z.number().int(),
    late: z.number().int(),
    /** inTime / (inTime + late); null before any callback was due. */
    rateInTime: z.number().nullable(),
    answers: z.number().int(),
    meanSatisfaction: z.number().nullable(),
  })
  .meta({ id: 'CallbackFigures' });
export type CallbackFigures = z.infer<typeof CallbackFigures>;

/** `GET /api/reports/callbacks`: the figures of a period. */
export const CallbackReport = z
  .object({
    from: z.string(),
    to: z.string(),
    rows: z.array(CallbackFigures),
  })
  .meta({ id: 'CallbackReport' });
export type CallbackReport = z.infer<typeof CallbackReport>;
