import { useState } from 'react';
import type { ApiClient } from '../api/client';
import { describeError } from '../i18n/describe-error';
import { useI18n } from '../i18n/useI18n';
import { saveFile } from '../shared/save-file';
import type { AuditFilter } from '../api/filters';

/** Export the entries the filters select, as CSV or JSON, as the API writes them. */
export function ExportButtons({ api, filter }: { api: ApiClient; filter: AuditFilter }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [error, setError] = useState<unknown>(null);
  const run = async (format: 'csv' | 'json') => {
    try {
      const file = await api.auditExport(filter, format);
      saveFile(file.blob, file.filename);
      setError(null);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <span className="export-buttons">
      <button type="button" onClick={() => void run('csv')} data-export="csv">
        ⤓ CSV
      </button>
      <button type="button" onClick={() => void run('json')} data-export="json">
        ⤓ JSON
      </button>
      {error !== null && <span className="error-text">{describeError(error, i18n)}</span>}
      <span className="muted">{t('audit.exportHint')}</span>
    </span>
  );
}
