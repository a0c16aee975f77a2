import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { AREA_KINDS, type AreaKind, type CommonArea } from '@frontstage/engine';
import { errorField } from '../api/api-error';
import type { ApiClient } from '../api/client';
import { describeError } from '../i18n/describe-error';
import { useI18n } from '../i18n/useI18n';

/** A site's common areas (lobby, car park, gate, lift N); admins add new ones. */
export function AreasPanel({ api, site, canEdit }: { api: ApiClient; site: string; canEdit: boolean }) {
  const i18n = useI18n();
  const { t, text } = i18n;
  const [areas, setAreas] = useState<CommonArea[]>([]);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  // The kind is the rules' location of a request at this area (走廊/楼道, 屋顶…).
  const [kind, setKind] = useState<AreaKind>('other');
  const kindLabel = (k: string) => text(AREA_KINDS.find((x) => x.value === k)?.label) || k;
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    api.areas(site).then(setAreas, setError);
  }, [api, site]);
  useEffect(load, [load]);
  const add = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api.createArea(site, { code: code.trim(), name: name.trim(), kind });
      setCode('');
      setName('');
      setKind('other');
      setError(null);
      load();
    } catch (err) {
      setError(err);
    }
  };
  const field = errorField(error);
  const message = error === null ? null : describeError(error, i18n);
  const beside = (f: string) =>
    field === f && (
      <span className="error-text" role="alert" data-field-error={f}>
        {message}
      </span>
    );
  return (
    <div className="areas-panel">
      <table className="data-table" data-testid="areas">
        <thead>
          <tr>
            <th>{t('estate.code')}</th>
            <th>{t('estate.areaName')}</th>
            <th>{t('estate.areaKind')}</th>
          </tr>
        </thead>
        <tbody>
          {areas.map((a) => (
            <tr key={a.id} data-area={a.code}>
              <td>{a.code}</td>
              <td>{a.name}</td>
              <td data-kind={a.kind}>{kindLabel(a.kind)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {areas.length === 0 && <p className="placeholder">{t('estate.noAreas')}</p>}
      {canEdit && (
        <form className="row area-form" onSubmit={(e) => void add(e)}>
          <label className="prop">
            <span>{t('estate.code')}</span>
            <input
              name="area-code"
              value={code}
              placeholder="LIFT-3"
              onChange={(e) => setCode(e.target.value)}
            />
            {beside('code')}
          </label>
          <label className="prop">
            <span>{t('estate.areaName')}</span>
            <input
              name="area-name"
              value={name}
              placeholder="3号电梯"
              onChange={(e) => setName(e.target.value)}
            />
            {beside('name')}
          </label>
          <label className="prop">
            <span>{t('estate.areaKind')}</span>
            <select name="area-kind" value={kind} onChange={(e) => setKind(e.target.value as AreaKind)}>
              {AREA_KINDS.map((k) => (
                <option key={k.value} value={k.value}>
                  {text(k.label)}
                </option>
              ))}
            </select>
            {beside('kind')}
          </label>
          <button type="submit" disabled={!code.trim() || !name.trim()}>
            {t('estate.addArea')}
          </button>
        </form>
      )}
      {message !== null && field !== 'code' && field !== 'name' && field !== 'kind' && (
        <p className="error-text">{message}</p>
      )}
    </div>
  );
}
