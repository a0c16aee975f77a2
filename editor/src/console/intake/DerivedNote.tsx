import type { DerivedFact } from '@frontstage/engine';
import { useI18n } from '../../i18n/useI18n';

/**
 * What intake derived for one fact and from where (the room number, the common area, the
 * complaints on record), shown beside the fact so the desk sees it and can still say otherwise.
 */
export function DerivedNote({ fact }: { fact: DerivedFact | undefined }) {
  const { t } = useI18n();
  if (!fact) return null;
  let words: string;
  if (fact.name === 'previousComplaints')
    words =
      fact.derived === 0
        ? t('intake.derivedComplaintsNone', { days: fact.windowDays })
        : t('intake.derivedComplaints', {
            count: fact.derived,
            days: fact.windowDays,
            by: fact.matchedBy.map((m) => t(`intake.match.${m}`)).join(t('intake.matchSeparator')),
          });
  else if (fact.name === 'inHome')
    words = t(fact.derived ? 'intake.derivedInHomeUnit' : 'intake.derivedInHomeArea', {
      code: fact.from.code,
    });
  else return null;
  const overridden = fact.given !== null && fact.value !== fact.derived;
  return (
    <small className="derived-note" data-derived={fact.name} data-derived-value={String(fact.derived)}>
      <span className="chip">{t('intake.derived')}</span> {words}
      {overridden && ` · ${t('intake.derivedOverridden')}`}
    </small>
  );
}
