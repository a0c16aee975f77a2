import type { z } from 'zod';
import { diagnostic, type Check, type CheckContext } from './checks/check.js';
import { checkAutomaticCycles } from './checks/automatic-cycles.js';
import { checkFields } from './checks/fields.js';
import { checkFlows } from './checks/flows.js';
import { checkLabels } from './checks/labels.js';
import { checkHeldRoles } from './checks/held-roles.js';
import { checkNotices } from './checks/notices.js';
import { checkRoles } from './checks/roles.js';
import { checkDeclarations, checkReachability, checkStructure } from './checks/structure.js';
import { checkTimeStandards } from './checks/time-standards.js';
import { hasErrors, type Diagnostic } from './diagnostics.js';
import { buildGraph } from './graph.js';
import { Blueprint } from './schema/blueprint.js';
import { safeParse } from './safe-parse.js';
import { problemOf, whereOf } from './schema-words.js';

/** What the caller knows beyond the document itself. */
export interface ValidateOptions {
  /**
   * The roles some user holds (the API's accounts): a task, flow or escalation for any other role
   * is warned about (`role.unheld`). Left out, nothing is said about who holds a role.
   */
  heldRoles?: Iterable<string>;
}

/** The outcome of validation: every problem found, and the parsed blueprint when its shape is right. */
export interface ValidationResult {
  /** True when there is no error (warnings allowed). */
  ok: boolean;
  diagnostics: Diagnostic[];
  /** The parsed blueprint, present whenever the document matches the schema. */
  blueprint?: Blueprint;
}

const CHECKS: Check[] = [
  checkStructure,
  checkReachability,
  checkFlows,
  checkAutomaticCycles,
  checkRoles,
  checkTimeStandards,
  checkFields,
  checkDeclarations,
  checkLabels,
  checkNotices,
];

/**
 * Validates any JSON value as a blueprint and returns the full list of problems, never the first
 * alone and never by throwing.
 * @example
 * const { ok, diagnostics } = validate(JSON.parse(text), { heldRoles: ['frontdesk', 'engineer'] });
 * if (!ok) console.log(diagnostics.map((d) => `${d.code}: ${d.message.en}`));
 */
export function validate(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const parsed = safeParse(Blueprint, input);
  if (!parsed.success) return { ok: false, diagnostics: schemaDiagnostics(parsed.error, input) };
  const blueprint = parsed.data;
  const diagnostics: Diagnostic[] = [];
  const ctx: CheckContext = {
    blueprint,
    graph: buildGraph(blueprint),
    stepIndex: firstIndex(blueprint.steps),
    flowIndex: firstIndex(blueprint.flows),
    report: ({ zh, en, ...d }) => diagnostics.push({ ...d, message: { 'zh-CN': zh, en } }),
  };
  for (const check of CHECKS) check(ctx);
  if (options.heldRoles) checkHeldRoles(new Set(options.heldRoles))(ctx);
  return { ok: !hasErrors(diagnostics), diagnostics, blueprint };
}

function firstIndex(items: readonly { id: string }[]): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => index.has(item.id) || index.set(item.id, i));
  return index;
}

/**
 * Turns schema issues into diagnostics in words: where by the names the designer gave (given the
 * `input` that was checked), and what is wrong with an example; the JSON path stays in `path`.
 */
export function schemaDiagnostics(error: z.ZodError, input?: unknown): Diagnostic[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const where = whereOf(path, input);
    const problem = problemOf(issue);
    return diagnostic(
      'schema.invalid',
      'error',
      path,
      `${where['zh-CN']}：${problem['zh-CN']}`,
      `${where.en}: ${problem.en}`,
    );
  });
}
