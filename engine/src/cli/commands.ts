import { classify } from '../classify.js';
import { isFactTrace, type TraceItem } from '../conditions.js';
import { compile } from '../compile.js';
import { validate } from '../validate.js';
import { printDiagnostics, say, summary, type Out } from './format.js';

/** `frontstage validate FILE`: every diagnostic, exit 1 on errors. */
export function validateCommand(out: Out, doc: unknown, file: string): number {
  const result = validate(doc);
  out.line(`${file}: ${summary(out, result.diagnostics)}`);
  printDiagnostics(out, result.diagnostics);
  return result.ok ? 0 : 1;
}

/** `frontstage compile FILE`: the report, or with --json the compiled JSON itself. */
export function compileCommand(out: Out, doc: unknown, file: string, json: boolean): number {
  const result = compile(doc);
  if (json) {
    out.line(JSON.stringify(result, null, 2));
    return result.ok ? 0 : 1;
  }
  out.line(`${file}: ${summary(out, result.report.diagnostics)}`);
  printDiagnostics(out, result.report.diagnostics);
  if (!result.ok) return 1;
  const { stats } = result.report;
  out.line(`  hash      ${result.hash}`);
  out.line(
    `  machine   ${Object.keys(result.machine.states).length} states, initial "${result.machine.initial}"`,
  );
  out.line(`  rules     ${result.rules.length} guard rule(s)`);
  out.line(
    `  steps     ${stats.steps} (${stats.tasks} tasks, ${stats.timed} timed, ${stats.momentsOfTruth} moments of truth, ${stats.failPoints} fail points)`,
  );
  return 0;
}

/** `frontstage classify RULESET --facts JSON`: the decision and which rules fired, with the values seen. */
export function classifyCommand(out: Out, ruleset: unknown, facts: unknown, json: boolean): number {
  const result = classify(ruleset, facts);
  if (json) {
    out.line(JSON.stringify(result, null, 2));
    return result.ok ? 0 : 1;
  }
  if (!result.ok) {
    printDiagnostics(out, result.diagnostics);
    return 1;
  }
  const c = result.classification;
  out.line(`class      ${c.class}`);
  out.line(`priority   ${c.priority}`);
  out.line(`blueprint  ${c.blueprint}`);
  out.line(`team       ${c.team}${c.role ? ` / ${c.role}` : ''}`);
  for (const [stepId, d] of Object.entries(c.timeStandards)) out.line(`time std   ${stepId} = ${d}`);
  out.line(out.lang === 'zh-CN' ? '规则：' : 'rules:');
  for (const r of c.explanation.rules) {
    out.line(`  ${r.fired ? '✓' : '·'} ${r.id} (${r.priority}) ${say(out, r.name)}`);
    for (const t of r.conditions) out.line(traceLine(out, t));
  }
  const shared = c.explanation.sharedConditions ?? [];
  if (shared.length) out.line(out.lang === 'zh-CN' ? '共享条件：' : 'shared conditions:');
  for (const s of shared) {
    out.line(`  ${s.result ? '✓' : '✗'} [${say(out, s.label)}] ${s.name}`);
    for (const t of s.conditions) out.line(traceLine(out, t));
  }
  if (c.explanation.missingFacts.length) out.line(`missing    ${c.explanation.missingFacts.join(', ')}`);
  return 0;
}

/** One line of an explanation: a comparison, or a shared condition by its label in brackets. */
function traceLine(out: Out, t: TraceItem): string {
  const mark = t.result ? '✓' : '✗';
  return isFactTrace(t)
    ? `      ${mark} ${t.fact} ${t.operator} ${JSON.stringify(t.value)}  (${JSON.stringify(t.factValue)})`
    : `      ${mark} [${say(out, t.label)}]`;
}
