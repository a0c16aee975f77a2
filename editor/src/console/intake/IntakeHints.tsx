import type { DecidingQuestion, FactSuggestion, Outcome, Ruleset } from '@frontstage/engine';
import { useI18n } from '../../i18n/useI18n';
import { suggestionWords } from './intake-hints';
import { useWords } from '../../shared/vocabulary';

/**
 * The question whose answer decides where the request goes (正在跑水？), asked first with yes and
 * no buttons, and what each answer leads to.
 */
export function DecidingQuestionPanel({
  question,
  onAnswer,
}: {
  question: DecidingQuestion;
  onAnswer: (yes: boolean) => void;
}) {
  const { t, text } = useI18n();
  const words = useWords();
  const outcome = (o: Outcome) => `${t(`class.${o.class}`)} · ${words.blueprint(o.blueprint)}`;
  const label = question.label ? text(question.label) : question.fact;
  return (
    <div
      className="deciding-question"
      role="group"
      aria-label={label}
      data-testid="deciding-question"
      data-question={question.fact}
    >
      <span className="deciding-kicker">{t('intake.question')}</span>
      <strong className="deciding-text">{label}？</strong>
      <span className="tri-buttons">
        <button type="button" data-answer="yes" onClick={() => onAnswer(true)}>
          {t('queue.yes')}
        </button>
        <button type="button" data-answer="no" onClick={() => onAnswer(false)}>
          {t('queue.no')}
        </button>
      </span>
      <small className="hint">
        {t('intake.questionLeads', { yes: outcome(question.ifYes), no: outcome(question.ifNo) })}
      </small>
    </div>
  );
}

/** Facts the description suggests, as chips: one click confirms one; nothing is applied unasked. */
export function SuggestionChips({
  ruleset,
  suggestions,
  onConfirm,
}: {
  ruleset: Ruleset;
  suggestions: readonly FactSuggestion[];
  onConfirm: (s: FactSuggestion) => void;
}) {
  const { t, text } = useI18n();
  if (suggestions.length === 0) return null;
  return (
    <div className="intake-suggestions" data-testid="intake-suggestions">
      <span className="hint">{t('intake.suggested')}</span>
      {suggestions.map((s) => {
        const words = suggestionWords(ruleset, s);
        const value = words.option
          ? text(words.option)
          : typeof s.value === 'boolean'
            ? t(s.value ? 'queue.yes' : 'queue.no')
            : String(s.value);
        return (
          <button
            key={`${s.fact}=${String(s.value)}`}
            type="button"
            className="chip chip-suggestion"
            data-suggest={s.fact}
            data-value={String(s.value)}
            title={text(s.because.label)}
            onClick={() => onConfirm(s)}
          >
            {words.fact ? text(words.fact) : s.fact}: {value} ✓
          </button>
        );
      })}
    </div>
  );
}
