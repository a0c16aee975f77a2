import type { AuditEntry, DerivedFact } from '@frontstage/engine';
import { DerivedFact as DerivedFactSchema } from '@frontstage/engine';
import type { I18n } from '../../i18n/I18nProvider';

/**
 * Why intake derived a fact, in words: the room or common area that says whether the request is
 * inside a home and where it is, the complaints on record. Null for a fact it has no words for.
 * @example derivedReason({ name: 'inHome', derived: true, from: { kind: 'unit', code: '3-1202' }, … }, t) // '户内：房号 3-1202'
 */
export function derivedReason(fact: DerivedFact, t: I18n['t']): string | null {
  switch (fact.name) {
    case 'previousComplaints':
      return fact.derived === 0
        ? t('intake.derivedComplaintsNone', { days: fact.windowDays })
        : t('intake.derivedComplaints', {
            count: fact.derived,
            days: fact.windowDays,
            by: fact.matchedBy.map((m) => t(`intake.match.${m}`)).join(t('intake.matchSeparator')),
          });
    case 'inHome':
      return t(fact.derived ? 'intake.derivedInHomeUnit' : 'intake.derivedInHomeArea', {
        code: fact.from.code,
      });
    case 'location':
      return t(fact.from.kind === 'unit' ? 'intake.derivedLocationUnit' : 'intake.derivedLocationArea', {
        code: fact.from.code,
      });
  }
}

/**
 * The facts a ticket took from derivation rather than from the request: intake's audit entry keeps
 * what it derived and what the request said (`given`); a fact the request gave itself is not one.
 */
export function derivedFactsOf(history: readonly AuditEntry[]): DerivedFact[] {
  const trace = history.find((e) => Array.isArray((e.trace as { derived?: unknown } | null)?.derived))
    ?.trace as { derived: unknown[] } | undefined;
  return (trace?.derived ?? []).flatMap((d) => {
    const parsed = DerivedFactSchema.safeParse(d);
    return parsed.success && parsed.data.given === null ? [parsed.data] : [];
  });
}
