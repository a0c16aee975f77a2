import type { DecidingQuestion, FactSuggestion, Ruleset, Scalar } from '@frontstage/engine';
import { FLAG_FACTS, type FlagFact, type IntakeForm } from './intake-facts';

/** The facts the intake form asks as choices, which a suggestion can fill. */
const CHOICE_FACTS = ['type', 'location', 'channel', 'customerSegment'] as const;
type ChoiceFact = (typeof CHOICE_FACTS)[number];

const isFlag = (fact: string): fact is FlagFact => (FLAG_FACTS as readonly string[]).includes(fact);
const isChoice = (fact: string): fact is ChoiceFact => (CHOICE_FACTS as readonly string[]).includes(fact);

/**
 * The form as it is once the desk confirms a suggestion, or null when the form has no input for
 * that fact (or the value does not fit it): a yes/no fact takes yes or no, a choice its value.
 * @example confirmSuggestion(form, { fact: 'inHome', value: true, … }).flags.inHome === 'yes'
 */
export function confirmSuggestion(form: IntakeForm, fact: string, value: Scalar): IntakeForm | null {
  if (isFlag(fact) && typeof value === 'boolean')
    return { ...form, flags: { ...form.flags, [fact]: value ? 'yes' : 'no' } };
  if (isChoice(fact) && typeof value === 'string') return { ...form, [fact]: value };
  return null;
}

/** A suggestion as a chip reads it: the fact's label and the value's (a choice's option label). */
export function suggestionWords(ruleset: Ruleset, s: FactSuggestion) {
  const declared = ruleset.facts?.find((f) => f.name === s.fact);
  const option = declared?.options?.find((o) => o.value === s.value);
  return { fact: declared?.label, option: option?.label };
}

/**
 * What intake offers the desk: the suggestions it can apply, less any fact the deciding question
 * already asks (the question has its own yes and no), and the most decisive question.
 */
export function intakeHints(
  form: IntakeForm,
  suggestions: readonly FactSuggestion[],
  questions: readonly DecidingQuestion[],
): { suggestions: FactSuggestion[]; question: DecidingQuestion | null } {
  const question = questions.find((q) => isFlag(q.fact)) ?? null;
  return {
    suggestions: suggestions.filter(
      (s) => s.fact !== question?.fact && confirmSuggestion(form, s.fact, s.value) !== null,
    ),
    question,
  };
}
