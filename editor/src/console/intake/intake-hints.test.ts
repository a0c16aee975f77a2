import { decidingQuestions, suggestFacts } from '@frontstage/engine';
import { describe, expect, it } from 'vitest';
import { leakRuleset } from '@frontstage/engine/test-support';
import { EMPTY_INTAKE } from './intake-facts';
import { confirmSuggestion, intakeHints } from './intake-hints';

describe('confirmSuggestion', () => {
  it('sets a yes/no fact to yes or no, and a choice to its value', () => {
    expect(confirmSuggestion(EMPTY_INTAKE, 'inHome', true)?.flags.inHome).toBe('yes');
    expect(confirmSuggestion(EMPTY_INTAKE, 'peopleTrapped', false)?.flags.peopleTrapped).toBe('no');
    expect(confirmSuggestion(EMPTY_INTAKE, 'type', 'repair')?.type).toBe('repair');
  });

  it('refuses a fact the form has no input for, or a value that does not fit it', () => {
    expect(confirmSuggestion(EMPTY_INTAKE, 'unit', '3-2-1101')).toBeNull();
    expect(confirmSuggestion(EMPTY_INTAKE, 'inHome', 'yes')).toBeNull();
    expect(confirmSuggestion(EMPTY_INTAKE, 'type', true)).toBeNull();
  });
});

describe('intakeHints', () => {
  it('leaves out a suggestion for the fact the deciding question asks', () => {
    const facts = { description: '3栋1202天花板漏水' };
    const questions = decidingQuestions(leakRuleset(), facts);
    const flowing = {
      fact: 'waterFlowing',
      value: true,
      because: { condition: 'x', label: { 'zh-CN': 'x', en: 'x' } },
    };
    const hints = intakeHints(EMPTY_INTAKE, [...suggestFacts(leakRuleset(), facts), flowing], questions);
    expect(hints.question?.fact).toBe('waterFlowing');
    expect(hints.suggestions.map((s) => s.fact).sort()).toEqual(['inHome', 'type']);
  });
});
