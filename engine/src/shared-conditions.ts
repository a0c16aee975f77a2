import type { Diagnostic } from './diagnostics.js';
import { checkIntakeHints } from './intake-hints-check.js';
import type { Condition } from './schema/condition.js';
import type { Ruleset } from './schema/ruleset.js';

type Path = (string | number)[];

/** Every `{ condition: name }` in a tree, with its JSON path below `base`. */
function referencesWithPaths(condition: Condition, base: Path): { name: string; path: Path }[] {
  const found: { name: string; path: Path }[] = [];
  const walk = (c: Condition, path: Path): void => {
    if ('all' in c) c.all.forEach((x, i) => walk(x, [...path, 'all', i]));
    else if ('any' in c) c.any.forEach((x, i) => walk(x, [...path, 'any', i]));
    else if ('not' in c) walk(c.not, [...path, 'not']);
    else if ('condition' in c) found.push({ name: c.condition, path });
  };
  walk(condition, base);
  return found;
}

const diagnostic = (
  code: Diagnostic['code'],
  severity: Diagnostic['severity'],
  path: Path,
  zh: string,
  en: string,
): Diagnostic => ({ code, severity, path, message: { 'zh-CN': zh, en } });

/**
 * What is wrong with a ruleset's shared conditions: a reference to one that does not exist (error,
 * naming the rule or shared condition that makes it), a cycle between shared conditions (error),
 * a shared condition no rule uses, directly or through another, and that neither suggests a
 * fact nor asks one at intake (warning), and what it suggests or asks naming a fact the ruleset
 * does not declare, or a value the fact cannot take (error, see checkIntakeHints).
 * @example checkSharedConditions({ ...ruleset, rules: [{ ...rule, conditions: { condition: 'nope' } }] })[0].code === 'ruleset.unknown_condition'
 */
export function checkSharedConditions(ruleset: Ruleset): Diagnostic[] {
  const shared = ruleset.conditions ?? {};
  const names = Object.keys(shared);
  const exists = (name: string) => Object.hasOwn(shared, name);
  const diagnostics: Diagnostic[] = [];
  const uses = new Map<string, string[]>();
  for (const name of names) {
    const refs = referencesWithPaths(shared[name]!.condition, ['conditions', name, 'condition']);
    uses.set(name, [...new Set(refs.map((r) => r.name))]);
    for (const r of refs)
      if (!exists(r.name))
        diagnostics.push(
          diagnostic(
            'ruleset.unknown_condition',
            'error',
            r.path,
            `共享条件“${shared[name]!.label['zh-CN']}”（${name}）引用了不存在的共享条件“${r.name}”`,
            `Shared condition "${shared[name]!.label.en}" (${name}) refers to a shared condition "${r.name}" that does not exist`,
          ),
        );
  }
  // One that suggests a fact or asks a question is used by intake, even if no rule names it.
  const used = new Set<string>(names.filter((n) => shared[n]!.suggests || shared[n]!.asks));
  ruleset.rules.forEach((rule, index) => {
    for (const r of referencesWithPaths(rule.conditions, ['rules', index, 'conditions'])) {
      if (exists(r.name)) used.add(r.name);
      else
        diagnostics.push(
          diagnostic(
            'ruleset.unknown_condition',
            'error',
            r.path,
            `规则“${rule.name['zh-CN']}”（${rule.id}）引用了不存在的共享条件“${r.name}”`,
            `Rule "${rule.name.en}" (${rule.id}) refers to a shared condition "${r.name}" that does not exist`,
          ),
        );
    }
  });
  diagnostics.push(...cycles(names, uses, shared), ...checkIntakeHints(ruleset));
  // Used through another used shared condition counts as used.
  const queue = [...used];
  for (let name = queue.pop(); name !== undefined; name = queue.pop())
    for (const next of uses.get(name) ?? [])
      if (exists(next) && !used.has(next)) {
        queue.push(next);
        used.add(next);
      }
  for (const name of names)
    if (!used.has(name))
      diagnostics.push(
        diagnostic(
          'ruleset.unused_condition',
          'warning',
          ['conditions', name],
          `没有规则使用共享条件“${shared[name]!.label['zh-CN']}”（${name}）`,
          `No rule uses the shared condition "${shared[name]!.label.en}" (${name})`,
        ),
      );
  return diagnostics;
}

/** Each cycle of references between shared conditions, reported once at its first member. */
function cycles(
  names: readonly string[],
  uses: ReadonlyMap<string, string[]>,
  shared: NonNullable<Ruleset['conditions']>,
): Diagnostic[] {
  const found: Diagnostic[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (name: string): void => {
    state.set(name, 'open');
    stack.push(name);
    for (const next of uses.get(name) ?? []) {
      if (!uses.has(next)) continue;
      if (state.get(next) === 'open') {
        const loop = [...stack.slice(stack.indexOf(next)), next];
        found.push(
          diagnostic(
            'ruleset.condition_cycle',
            'error',
            ['conditions', next],
            `共享条件循环引用：${loop.map((n) => `“${shared[n]!.label['zh-CN']}”`).join(' → ')}（${loop.join(' → ')}）`,
            `Shared conditions refer to each other in a circle: ${loop.map((n) => `"${shared[n]!.label.en}"`).join(' → ')} (${loop.join(' → ')})`,
          ),
        );
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(name, 'done');
  };
  for (const name of names) if (!state.has(name)) visit(name);
  return found;
}
