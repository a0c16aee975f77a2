import type { Diagnostic } from '../diagnostics.js';
import type { Locale, Text } from '../schema/primitives.js';

/** Output helpers shared by the CLI commands: plain text a person reads in a terminal. */
export interface Out {
  lang: Locale;
  line: (text?: string) => void;
  error: (text: string) => void;
}

export const say = (out: Out, text: Text) => text[out.lang];

export function printDiagnostics(out: Out, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    const where = d.stepId
      ? ` [${d.stepId}]`
      : d.flowId
        ? ` [${d.flowId}]`
        : d.path.length
          ? ` [${d.path.join('.')}]`
          : '';
    out.line(`  ${d.severity === 'error' ? '✗' : '!'} ${d.code}${where}: ${say(out, d.message)}`);
  }
}

export function summary(out: Out, diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return out.lang === 'zh-CN'
    ? `${errors} 个错误，${warnings} 个警告`
    : `${errors} error(s), ${warnings} warning(s)`;
}
