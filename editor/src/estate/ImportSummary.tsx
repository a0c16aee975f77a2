import type { ImportReport } from '@frontstage/engine';
import { useI18n } from '../i18n/useI18n';

/** What an import wrote, or what its dry run would write: rows read and records created or updated. */
export function ImportSummary({ report }: { report: ImportReport }) {
  const { t } = useI18n();
  const title = report.imported
    ? t('estateImport.done')
    : report.dryRun
      ? t('estateImport.checked')
      : t('estateImport.notImported');
  return (
    <div className="import-summary" data-testid="import-summary" data-imported={report.imported}>
      <strong>{title}</strong>
      <dl className="facts">
        <div>
          <dt>{t('estateImport.rows')}</dt>
          <dd>{report.rows}</dd>
        </div>
        <div>
          <dt>{t('estate.buildings')}</dt>
          <dd>{t('estateImport.created', { count: report.buildings.created })}</dd>
        </div>
        <div>
          <dt>{t('estate.units')}</dt>
          <dd>
            {t('estateImport.created', { count: report.units.created })} ·{' '}
            {t('estateImport.updated', { count: report.units.updated })}
          </dd>
        </div>
        <div>
          <dt>{t('estate.customers')}</dt>
          <dd>
            {t('estateImport.created', { count: report.customers.created })} ·{' '}
            {t('estateImport.updated', { count: report.customers.updated })}
          </dd>
        </div>
        <div>
          <dt>{t('estate.holdings')}</dt>
          <dd>{t('estateImport.created', { count: report.holdings.created })}</dd>
        </div>
      </dl>
    </div>
  );
}
