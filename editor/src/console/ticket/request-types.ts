import type { Ruleset, Text } from '@frontstage/engine';

/**
 * The words the ruleset gives its request types (the `type` fact's options), by value, so a
 * ticket listed beside another reads '漏水' rather than 'leak'.
 * @example requestTypes(ruleset).leak // { 'zh-CN': '漏水', en: 'Leak' }
 */
export function requestTypes(ruleset: Pick<Ruleset, 'facts'> | null): Record<string, Text> {
  const options = ruleset?.facts?.find((f) => f.name === 'type')?.options ?? [];
  return Object.fromEntries(options.map((o) => [String(o.value), o.label]));
}
