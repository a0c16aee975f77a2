import { useState, type FormEvent } from 'react';
import type { Site } from '@frontstage/engine';
import { errorField } from '../api/api-error';
import type { ApiClient } from '../api/client';
import { describeError } from '../i18n/describe-error';
import { useI18n } from '../i18n/useI18n';

/** A new site (admin): its short id for URLs and tokens, its name, and its address. */
export function SiteForm({ api, onCreated }: { api: ApiClient; onCreated: (site: Site) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const site = await api.createSite({
        id: id.trim(),
        name: name.trim(),
        address: address.trim() || undefined,
      });
      setId('');
      setName('');
      setAddress('');
      setError(null);
      onCreated(site);
    } catch (err) {
      setError(err);
    }
  };
  const field = errorField(error);
  const message = error === null ? null : describeError(error, i18n);
  const input = (key: 'id' | 'name' | 'address', value: string, set: (v: string) => void, hint: string) => (
    <label className="prop">
      <span>{t(`estate.site.${key}`)}</span>
      <input name={`site-${key}`} value={value} placeholder={hint} onChange={(e) => set(e.target.value)} />
      {field === key && (
        <span className="error-text" role="alert" data-field-error={key}>
          {message}
        </span>
      )}
    </label>
  );
  return (
    <form className="site-form" onSubmit={(e) => void submit(e)} data-testid="site-form">
      <h4>{t('estate.site.new')}</h4>
      {input('id', id, setId, 'lanting')}
      {input('name', name, setName, '兰亭苑')}
      {input('address', address, setAddress, '')}
      {message !== null && (field === null || !['id', 'name', 'address'].includes(field)) && (
        <p className="error-text">{message}</p>
      )}
      <button type="submit" disabled={!id.trim() || !name.trim()}>
        {t('estate.site.add')}
      </button>
    </form>
  );
}
