import { useReducer, useState } from 'react';
import type { ApiClient } from '../api/client';
import { estateContentType } from '../api/estate-endpoints';
import { describeError } from '../i18n/describe-error';
import { useI18n } from '../i18n/useI18n';
import { canImport, IDLE, importFlow, shownProblems } from './import-flow';
import { ImportProblems } from './ImportProblems';
import { ImportProgressBar } from './ImportProgressBar';
import { ImportSummary } from './ImportSummary';

/**
 * Import an estate file (CSV or XLSX, the export's own columns): a dry run first, which lists every
 * bad row; only a clean file can then be imported, all rows or none, with a progress bar.
 */
export function ImportPanel({
  api,
  site,
  onImported,
}: {
  api: ApiClient;
  site: string;
  onImported: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [file, setFile] = useState<File | null>(null);
  const [flow, dispatch] = useReducer(importFlow, IDLE);
  const running = flow.step === 'running';
  const run = async (dryRun: boolean) => {
    if (!file) return;
    dispatch({ type: 'start', dryRun });
    try {
      const report = await api.importEstate(
        site,
        { body: file, contentType: estateContentType(file.name) },
        dryRun,
        (progress) => dispatch({ type: 'progress', progress }),
      );
      dispatch({ type: 'report', report });
      if (report.imported) onImported();
    } catch (error) {
      dispatch({ type: 'error', error });
    }
  };
  const problems = shownProblems(flow);
  return (
    <section className="panel-box import-panel" data-testid="import-panel">
      <h3>{t('estateImport.title')}</h3>
      <p className="hint">{t('estateImport.hint')}</p>
      <div className="row">
        <label className="prop">
          <span>{t('estateImport.file')}</span>
          <input
            name="estate-file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={running}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              dispatch({ type: 'file' });
            }}
          />
        </label>
        <button
          type="button"
          disabled={!file || running}
          onClick={() => void run(true)}
          data-action="dry-run"
        >
          {t('estateImport.dryRun')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={!file || running || !canImport(flow)}
          onClick={() => void run(false)}
          data-action="import"
        >
          {t('estateImport.run')}
        </button>
      </div>
      {flow.step === 'running' && <ImportProgressBar dryRun={flow.dryRun} progress={flow.progress} />}
      {(flow.step === 'checked' || flow.step === 'imported') && <ImportSummary report={flow.report} />}
      {flow.step === 'failed' && problems.length === 0 && (
        <p className="error-text" role="alert">
          {describeError(flow.error, i18n)}
        </p>
      )}
      {problems.length > 0 && <ImportProblems problems={problems} />}
    </section>
  );
}
