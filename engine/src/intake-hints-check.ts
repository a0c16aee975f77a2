import type { Diagnostic } from './diagnostics.js';
import type { FactDeclaration, Ruleset } from './schema/ruleset.js';

const words = (f: FactDeclaration | undefined, name: string) => ({
  zh: f ? `“${f.label['zh-CN']}”（${name}）` : `“${name}”`,
  en: f ? `"${f.label.en}" (${name})` : `"${name}"`,
});

/** Whether a value is one a fact of this declaration can hold: its type, or one of its options. */
function fits(fact: FactDeclaration, value: unknown): boolean {
  switch (fact.type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number';
    case 'choice':
      return (fact.options ?? []).some((o) => o.value === value);
    default:
      return typeof value === 'string' && value.trim() !== '';
  }
}

/**
 * What is wrong with what the ruleset's shared conditions suggest and ask at intake, against the
 * facts it declares: a fact it does not declare (error), and a suggested value the fact cannot
 * hold, such as 维修 for a yes/no fact or a choice that is not among its options (error). A
 * ruleset that declares no facts is not checked: intake then asks nothing by name.
 * @example checkIntakeHints({ ...ruleset, conditions: { x: { ...c, asks: ['nope'] } } })[0].code === 'ruleset.intake_unknown_fact'
 */
export function checkIntakeHints(ruleset: Ruleset): Diagnostic[] {
  if (!ruleset.facts) return [];
  const declared = (name: string) => ruleset.facts!.find((f) => f.name === name);
  const out: Diagnostic[] = [];
  const push = (code: Diagnostic['code'], path: (string | number)[], zh: string, en: string) =>
    out.push({ code, severity: 'error', path, message: { 'zh-CN': zh, en } });
  for (const [name, shared] of Object.entries(ruleset.conditions ?? {})) {
    const label = { zh: `共享条件“${shared.label['zh-CN']}”`, en: `Shared condition "${shared.label.en}"` };
    if (shared.suggests) {
      const fact = declared(shared.suggests.fact);
      const w = words(fact, shared.suggests.fact);
      if (!fact)
        push(
          'ruleset.intake_unknown_fact',
          ['conditions', name, 'suggests', 'fact'],
          `${label.zh}建议填写的事实${w.zh}没有在事实中声明`,
          `${label.en} suggests the fact ${w.en}, which the ruleset does not declare`,
        );
      else if (!fits(fact, shared.suggests.value))
        push(
          'ruleset.intake_bad_value',
          ['conditions', name, 'suggests', 'value'],
          `${label.zh}为事实${w.zh}建议的值“${String(shared.suggests.value)}”不是它能取的值`,
          `${label.en} suggests "${String(shared.suggests.value)}" for ${w.en}, a value that fact cannot take`,
        );
    }
    (shared.asks ?? []).forEach((asked, i) => {
      if (!declared(asked))
        push(
          'ruleset.intake_unknown_fact',
          ['conditions', name, 'asks', i],
          `${label.zh}询问的事实${words(undefined, asked).zh}没有在事实中声明`,
          `${label.en} asks about the fact ${words(undefined, asked).en}, which the ruleset does not declare`,
        );
    });
  }
  return out;
}
