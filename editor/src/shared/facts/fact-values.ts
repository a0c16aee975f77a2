import type { FactDeclaration, JsonValue } from '@frontstage/engine';

/** A yes/no fact the desk may also leave unknown: the rules treat "not said" and "no" differently. */
export type Tri = '' | 'yes' | 'no';

/**
 * The facts a form of declared facts sends: text trimmed and left out when empty, a choice when
 * one is picked, yes/no only when said, a number when it reads as one. Inputs hold strings.
 * @example factsFrom([{ name: 'waterFlowing', type: 'boolean', label }], { waterFlowing: 'yes' }) // { waterFlowing: true }
 */
export function factsFrom(
  declarations: readonly FactDeclaration[],
  values: Readonly<Record<string, string>>,
): Record<string, JsonValue> {
  const facts: Record<string, JsonValue> = {};
  for (const fact of declarations) {
    const value = (values[fact.name] ?? '').trim();
    if (value === '') continue;
    if (fact.type === 'boolean') {
      if (value === 'yes' || value === 'no') facts[fact.name] = value === 'yes';
    } else if (fact.type === 'number') {
      if (Number.isFinite(Number(value))) facts[fact.name] = Number(value);
    } else facts[fact.name] = value;
  }
  return facts;
}
