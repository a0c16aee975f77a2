import type { DiffEntry, Text, Vocabulary } from '@frontstage/engine';

/** The parts of a decision that name content by code, and the vocabulary table that names each. */
const TABLES: Record<string, keyof Vocabulary> = {
  'decide.team': 'teams',
  'decide.blueprint': 'blueprints',
  'decide.role': 'roles',
  'defaults.team': 'teams',
  'defaults.blueprint': 'blueprints',
  'defaults.role': 'roles',
};

/**
 * A ruleset comparison's entries with the teams, blueprints and roles a decision names read by the
 * published content's words (工程部, 跑水/爆管应急) instead of their codes; a code the content does
 * not name stays as it is.
 * @example rulesetEntryWords(diffRulesets(v1, v2), vocabulary)
 */
export function rulesetEntryWords(entries: readonly DiffEntry[], vocabulary: Vocabulary): DiffEntry[] {
  return entries.map((e) => {
    const table = TABLES[e.field];
    if (!table) return e;
    const names = vocabulary[table] as Record<string, Text> | undefined;
    // The engine words a code as itself in both languages: the code is either side's text.
    const word = (t: Text | undefined) => (t && names && Object.hasOwn(names, t.en) ? names[t.en] : t);
    const before = word(e.before);
    const after = word(e.after);
    return { ...e, ...(before ? { before } : {}), ...(after ? { after } : {}) };
  });
}
