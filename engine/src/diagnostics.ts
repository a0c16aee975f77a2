import { z } from 'zod';
import { Text } from './schema/primitives.js';

/** Every problem validate can report, by stable code. */
export const DIAGNOSTIC_CODES = [
  'schema.invalid',
  'blueprint.no_start',
  'blueprint.multiple_starts',
  'blueprint.no_end',
  'step.duplicate_id',
  'step.in_evidence_lane',
  'step.unreachable',
  'step.dead_end',
  'step.duplicate_event',
  'flow.duplicate_id',
  'flow.unknown_step',
  'flow.missing_event',
  'flow.event_on_automatic',
  'start.has_incoming',
  'end.has_outgoing',
  'automatic.needs_one_flow',
  'automatic.cycle',
  'task.no_role',
  'task.no_flow',
  'decision.no_default',
  'decision.multiple_defaults',
  'decision.no_branch',
  'emergency.path_without_time_standard',
  'time_standard.not_on_task',
  'time_standard.unknown_breach_event',
  'task.no_time_standard',
  'lane.customer_step_staff_role',
  'lane.staff_step_customer_role',
  'lane.crosses_visibility',
  'field.duplicate_name',
  'field.bad_range',
  'field.choice_without_options',
  'field.customer_visible_behind_line',
  'field.prefill_unknown_data',
  'field.prefill_type',
  'event.unlabeled',
  'role.undeclared',
  'role.unheld',
  'layout.unknown_step',
  'notice.unknown_placeholder',
  'notice.expected_without_time_standard',
  'ruleset.unknown_condition',
  'ruleset.condition_cycle',
  'ruleset.unused_condition',
  'ruleset.intake_unknown_fact',
  'ruleset.intake_bad_value',
] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export const Severity = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof Severity>;

/**
 * One finding about a blueprint, pointing at the step or flow it concerns.
 * @example { code: 'task.no_role', severity: 'error', stepId: 'dispatch', path: ['steps', 3], message: {...} }
 */
export const Diagnostic = z
  .object({
    code: z.enum(DIAGNOSTIC_CODES),
    severity: Severity,
    message: Text,
    /** JSON path into the blueprint document. */
    path: z.array(z.union([z.string(), z.number()])),
    stepId: z.string().optional(),
    flowId: z.string().optional(),
  })
  .meta({ id: 'Diagnostic' });
export type Diagnostic = z.infer<typeof Diagnostic>;

/** Whether a list of diagnostics contains at least one error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
