import { useI18n } from '../../i18n/useI18n';
import type { VersionSummary } from '@frontstage/engine';

/** Published versions, newest first: number, when, by whom, and the start of the content hash. */
export function VersionList({ versions }: { versions: readonly VersionSummary[] }) {
  const { t, locale } = useI18n();
  const when = (iso: string) =>
    iso ? new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }) : '—';
  if (versions.length === 0) return null;
  return (
    <ul className="version-list" data-testid="version-list">
      {versions.map((v) => (
        <li key={v.version} data-version={v.version}>
          <strong>v{v.version}</strong>
          <span className="muted">
            {' '}
            · {when(v.publishedAt)} ·{' '}
            {v.publishedBy ? <span data-username>{v.publishedBy}</span> : t('ver.unknownAuthor')}
          </span>
          {v.note && (
            <p className="version-note" data-testid="version-note">
              {v.note}
            </p>
          )}
          {v.hash && (
            <code className="version-hash" title={v.hash}>
              {v.hash.slice(0, 8)}
            </code>
          )}
        </li>
      ))}
    </ul>
  );
}
