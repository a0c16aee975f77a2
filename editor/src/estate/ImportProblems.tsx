import { memo } from 'react';
import type { ImportProblem } from '@frontstage/engine';
import { useI18n } from '../i18n/useI18n';

/** Every bad row of an estate file: the spreadsheet's row number, its column, and why. */
export const ImportProblems = memo(function ImportProblems({
  problems,
}: {
  problems: readonly ImportProblem[];
}) {
  const { t } = useI18n();
  return (
    <div className="import-problems">
      <p className="error-text" role="alert">
        {t('estateImport.problems', { count: problems.length })}
      </p>
      <table className="data-table" data-testid="import-problems">
        <thead>
          <tr>
            <th>{t('estateImport.row')}</th>
            <th>{t('estateImport.column')}</th>
            <th>{t('estateImport.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={`${p.row}:${p.column}:${i}`} data-row={p.row}>
              <td>{p.row}</td>
              <td>{p.column}</td>
              <td>{p.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
