import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { CommonArea } from '@frontstage/engine';
import { errorField } from '../api/api-error';
import type { ApiClient } from '../api/client';
import { describeError } from '../i18n/describe-error';
import { useI18n } from '../i18n/useI18n';

/** A site's common areas (lobby, car park, gate, lift N); admins add new ones. */
export function AreasPanel({ api, site, canEdit }: { api: ApiClient; site: string; canEdit: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [areas, setAreas] = useState<CommonArea[]>([]);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    api.areas(site).then(setAreas, setError);
  }, [api, site]);
  useEffect(load, [load]);
  const add = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api.createArea(site, { code: code.trim(), name: name.trim() });
      setCode('');
      setName('');
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
          </tr>
        </thead>
        <tbody>
          {areas.map((a) => (
            <tr key={a.id} data-area={a.code}>
              <td>{a.code}</td>
              <td>{a.name}</td>
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
          <button type="submit" disabled={!code.trim() || !name.trim()}>
            {t('estate.addArea')}
          </button>
        </form>
      )}
      {message !== null && field !== 'code' && field !== 'name' && <p className="error-text">{message}</p>}
    </div>
  );
}
