import type { Diagnostic, DiagnosticCode, Severity } from '../diagnostics.js';
import type { StepGraph } from '../graph.js';
import type { Blueprint } from '../schema/blueprint.js';

/** What every check receives: the parsed blueprint, its graph and where each item sits. */
export interface CheckContext {
  blueprint: Blueprint;
  graph: StepGraph;
  stepIndex: Map<string, number>;
  flowIndex: Map<string, number>;
  report: (d: Omit<Diagnostic, 'message'> & { zh: string; en: string }) => void;
}

/** A check looks at the blueprint and reports what it finds; it never throws. */
export type Check = (ctx: CheckContext) => void;

export function diagnostic(
  code: DiagnosticCode,
  severity: Severity,
  path: (string | number)[],
  zh: string,
  en: string,
  at: { stepId?: string; flowId?: string } = {},
): Diagnostic {
  return { code, severity, path, message: { 'zh-CN': zh, en }, ...at };
}
