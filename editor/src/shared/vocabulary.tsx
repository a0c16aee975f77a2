import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Vocabulary } from '@frontstage/engine';
import type { ApiClient } from '../api/client';
import { useI18n } from '../i18n/useI18n';

const EMPTY: Vocabulary = {
  blueprints: {},
  steps: {},
  events: {},
  roles: {},
  teams: {},
  names: {},
  values: {},
  rules: {},
};

const VocabularyContext = createContext<Vocabulary>(EMPTY);

/** Fetches the words of the published content once per signed-in client and gives them to every screen below. */
export function VocabularyProvider({ api, children }: { api: ApiClient | null; children: ReactNode }) {
  const [vocabulary, setVocabulary] = useState<Vocabulary>(EMPTY);
  useEffect(() => {
    if (!api) return;
    let live = true;
    api.vocabulary().then(
      (v) => live && setVocabulary(v),
      () => undefined, // a screen without words still works: it shows the codes
    );
    return () => {
      live = false;
    };
  }, [api]);
  return <VocabularyContext.Provider value={vocabulary}>{children}</VocabularyContext.Provider>;
}

/** Names for the content's codes, in the reader's language. */
export interface Words {
  event: (code: string) => string;
  role: (code: string) => string;
  team: (code: string) => string;
  /** A fact or form field. */
  name: (code: string) => string;
  /** An enumerated value of a fact or field; other values (numbers, free text) as they are. */
  value: (name: string, value: unknown) => string;
  blueprint: (key: string) => string;
  step: (blueprintKey: string, stepId: string) => string;
  rule: (id: string) => string;
}

/**
 * The words for codes, with the code itself standing in where the content gives none (or before
 * the vocabulary has arrived), so nothing is ever blank.
 * @example const words = useWords(); words.event('SHUT_OFF') // '已关阀止水'
 */
export function useWords(): Words {
  const vocabulary = useContext(VocabularyContext);
  const { text } = useI18n();
  return useMemo(() => {
    const from = (table: Record<string, Parameters<typeof text>[0]> | undefined, code: string) =>
      text(table?.[code]) || code;
    return {
      event: (code) => from(vocabulary.events, code),
      role: (code) => from(vocabulary.roles, code),
      team: (code) => from(vocabulary.teams, code),
      name: (code) => from(vocabulary.names, code),
      value: (name, value) =>
        typeof value === 'string' ? from(vocabulary.values[name], value) : String(value ?? ''),
      blueprint: (key) => from(vocabulary.blueprints, key),
      step: (key, id) => from(vocabulary.steps[key], id),
      rule: (id) => from(vocabulary.rules, id),
    };
  }, [vocabulary, text]);
}

/** The vocabulary itself, in both languages (for pure mappings that give words as texts). */
export function useVocabulary(): Vocabulary {
  return useContext(VocabularyContext);
}
