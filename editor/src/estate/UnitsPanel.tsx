import { useEffect, useState } from 'react';
import type { Building } from '@frontstage/engine';
import type { ApiClient } from '../api/client';
import { describeError } from '../i18n/describe-error';
import { useI18n } from '../i18n/useI18n';
import { UnitOccupants } from './UnitOccupants';
import { UnitRow } from './UnitRow';
import { useUnits } from './useUnits';

/** A site's buildings and units: pick a building or search by code ('3-2-11'), then see who lives there. */
export function UnitsPanel({ api, site }: { api: ApiClient; site: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [buildings, setBuildings] = useState<Building[]>([]);
  const [building, setBuilding] = useState('');
  const [q, setQ] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const units = useUnits(api, site, building, q);
  useEffect(() => {
    let live = true;
    api.buildings(site).then(
      (list) => live && setBuildings(list),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, site]);
  return (
    <div className="units-panel">
      <div className="units-list">
        <div className="queue-filters" role="search">
          <label className="filter">
            <span>{t('estate.building')}</span>
            <select name="estate-building" value={building} onChange={(e) => setBuilding(e.target.value)}>
              <option value="">{t('site.all')}</option>
              {buildings.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name} ({b.units})
                </option>
              ))}
            </select>
          </label>
          <label className="filter grow">
            <span>{t('estate.searchCode')}</span>
            <input
              name="estate-code"
              type="search"
              value={q}
              placeholder="3-2-11"
              onChange={(e) => setQ(e.target.value)}
            />
          </label>
        </div>
        {units.error !== null && <p className="error-text">{describeError(units.error, i18n)}</p>}
        <table className="data-table" data-testid="units">
          <thead>
            <tr>
              <th>{t('estate.code')}</th>
              <th>{t('estate.building')}</th>
              <th>{t('estate.entrance')}</th>
              <th>{t('estate.room')}</th>
              <th>{t('estate.floorArea')}</th>
            </tr>
          </thead>
          <tbody>
            {units.items.map((u) => (
              <UnitRow key={u.id} unit={u} selected={u.id === selected} onSelect={setSelected} />
            ))}
          </tbody>
        </table>
        {!units.loading && units.items.length === 0 && <p className="placeholder">{t('estate.noUnits')}</p>}
        {units.nextCursor && (
          <button type="button" onClick={units.more} disabled={units.loading} data-action="more-units">
            {t('audit.more')}
          </button>
        )}
      </div>
      {selected && <UnitOccupants key={selected} api={api} site={site} unitId={selected} />}
    </div>
  );
}
