import { memo } from 'react';
import { progressShare, type ImportProgress } from '../api/import-stream';
import { useI18n } from '../i18n/useI18n';

/** How far a check or an import of an estate file has got, as the server reports it. */
export const ImportProgressBar = memo(function ImportProgressBar({
  dryRun,
  progress,
}: {
  dryRun: boolean;
  progress: ImportProgress | null;
}) {
  const { t } = useI18n();
  const label = dryRun ? t('estateImport.checking') : t('estateImport.importing');
  return (
    <div className="import-progress" data-testid="import-progress">
      <span>{label}</span>
      {/* No value until the first line arrives: an indeterminate bar, the file is still uploading. */}
      <progress
        aria-label={label}
        max={progress ? Math.max(progress.total, 1) : undefined}
        value={progress ? Math.min(progress.done, progress.total) : undefined}
      />
      {progress && (
        <span className="muted" data-testid="import-count">
          {t('estateImport.count', {
            done: progress.done,
            total: progress.total,
            percent: Math.round(progressShare(progress) * 100),
          })}
        </span>
      )}
    </div>
  );
});
