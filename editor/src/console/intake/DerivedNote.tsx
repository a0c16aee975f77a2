import type { DerivedFact } from '@frontstage/engine';
import { useI18n } from '../../i18n/useI18n';
import { derivedReason } from '../../shared/facts/derived-reason';

/**
 * What intake derived for one fact and from where (the room number, the common area, the
 * complaints on record), shown beside the fact so the desk sees it and can still say otherwise.
 */
export function DerivedNote({ fact }: { fact: DerivedFact | undefined }) {
  const { t } = useI18n();
  if (!fact) return null;
  // Where the location came from is shown by the place picked, not beside the location list.
  const words = fact.name === 'location' ? null : derivedReason(fact, t);
  if (words === null) return null;
  const overridden = fact.given !== null && fact.value !== fact.derived;
  return (
    <small className="derived-note" data-derived={fact.name} data-derived-value={String(fact.derived)}>
      <span className="chip">{t('intake.derived')}</span> {words}
      {overridden && ` · ${t('intake.derivedOverridden')}`}
    </small>
  );
}
