import type { FactDeclaration, SharedCondition } from '@frontstage/engine';

export type Suggests = NonNullable<SharedCondition['suggests']>;

/** The value a newly picked fact suggests until the designer picks another: the first it can take. */
export function firstValueOf(fact: FactDeclaration): Suggests['value'] {
  if (fact.type === 'boolean') return true;
  if (fact.type === 'number') return 0;
  return fact.type === 'choice' ? (fact.options?.[0]?.value ?? '') : '';
}

/** A shared condition with what it suggests set (or cleared) and asks set, dropping empty parts. */
export function withIntakeHints(
  c: SharedCondition,
  suggests: Suggests | undefined,
  asks: readonly string[],
): SharedCondition {
  const { suggests: _s, asks: _a, ...rest } = c;
  return { ...rest, ...(suggests ? { suggests } : {}), ...(asks.length ? { asks: [...asks] } : {}) };
}
