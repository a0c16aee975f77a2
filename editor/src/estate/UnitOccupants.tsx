import { useEffect, useState } from 'react';
import type { UnitDetail } from '@frontstage/engine';
import type { ApiClient } from '../api/client';
import { describeError } from '../i18n/describe-error';
import { useI18n } from '../i18n/useI18n';
import { CustomerCard } from '../shared/CustomerCard';

/** Who lives in a unit now, with their role and move-in date. */
export function UnitOccupants({ api, site, unitId }: { api: ApiClient; site: string; unitId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [unit, setUnit] = useState<UnitDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    api.unit(site, unitId).then(
      (u) => live && setUnit(u),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [api, site, unitId]);
  if (error !== null) return <p className="error-text">{describeError(error, i18n)}</p>;
  if (!unit) return <p className="placeholder">…</p>;
  return (
    <section className="panel-box unit-occupants" data-testid="unit-occupants">
      <h3>{unit.code}</h3>
      {unit.occupants.length === 0 && <p className="muted">{t('place.vacant')}</p>}
      <ul className="occupant-list">
        {unit.occupants.map((o) => (
          <li key={`${o.customer.id}:${o.role}`}>
            <CustomerCard customer={o.customer} role={o.role} />
            {o.since && <span className="muted">{t('estate.since', { date: o.since })}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
