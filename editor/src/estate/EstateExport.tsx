import { useState } from 'react';
import type { Locale } from '@frontstage/engine';
import type { ApiClient } from '../api/client';
import type { EstateFormat } from '../api/estate-endpoints';
import { describeError } from '../i18n/describe-error';
import { useI18n } from '../i18n/useI18n';
import { saveFile } from '../shared/save-file';

/** Export the site's estate in the import's own columns, as CSV or XLSX, headed in either language. */
export function EstateExport({ api, site }: { api: ApiClient; site: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [format, setFormat] = useState<EstateFormat>('xlsx');
  const [lang, setLang] = useState<Locale>(i18n.locale);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async () => {
    setBusy(true);
    try {
      const file = await api.exportEstate(site, format, lang);
      saveFile(file.blob, file.filename);
      setError(null);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel-box estate-export" data-testid="estate-export">
      <h3>{t('export.title')}</h3>
      <p className="hint">{t('export.hint')}</p>
      <div className="row">
        <label className="prop">
          <span>{t('export.format')}</span>
          <select
            name="export-format"
            value={format}
            onChange={(e) => setFormat(e.target.value as EstateFormat)}
          >
            <option value="xlsx">XLSX</option>
            <option value="csv">CSV</option>
          </select>
        </label>
        <label className="prop">
          <span>{t('export.lang')}</span>
          <select name="export-lang" value={lang} onChange={(e) => setLang(e.target.value as Locale)}>
            <option value="zh-CN">中文</option>
            <option value="en">English</option>
          </select>
        </label>
        <button type="button" disabled={busy} onClick={() => void run()} data-action="export">
          ⤓ {t('export.run')}
        </button>
      </div>
      {error !== null && <p className="error-text">{describeError(error, i18n)}</p>}
    </section>
  );
}
