import { useMemo, useState } from 'react';
import { classify, type ClassifyResult, type Ruleset } from '@frontstage/engine';

const SAMPLE_FACTS =
  '{\n  "type": "repair",\n  "description": "厨房跑水 burst pipe",\n  "waterFlowing": true\n}';

export type RuleTestOutcome = { error: string } | { result: ClassifyResult };

/**
 * The test panel's state: facts typed as JSON and, once the designer has asked for a first run,
 * the engine's classification of them under the ruleset as it is now. Both are derived on every
 * change, so the rules' fired marks never describe an older ruleset or older facts.
 */
export function useRuleTest(ruleset: Ruleset | null) {
  const [facts, setFacts] = useState(SAMPLE_FACTS);
  const [shown, setShown] = useState(false);
  const outcome = useMemo((): RuleTestOutcome | null => {
    if (!shown || !ruleset) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(facts);
    } catch (e) {
      return { error: (e as Error).message };
    }
    return { result: classify(ruleset, parsed) };
  }, [shown, facts, ruleset]);
  const fired = useMemo(() => {
    if (!outcome || !('result' in outcome) || !outcome.result.ok) return null;
    return new Set(outcome.result.classification.explanation.rules.filter((r) => r.fired).map((r) => r.id));
  }, [outcome]);
  return { facts, setFacts, run: () => setShown(true), outcome, fired };
}

export type RuleTest = ReturnType<typeof useRuleTest>;
