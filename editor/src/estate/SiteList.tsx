import type { Site } from '@frontstage/engine';
import { useI18n } from '../i18n/useI18n';

/** The company's sites in the user's scope, with their unit counts; one is open. */
export function SiteList({
  sites,
  selected,
  onSelect,
}: {
  sites: readonly Site[];
  selected: string;
  onSelect: (id: string) => void;
}) {
  const { t } = useI18n();
  return (
    <nav className="site-list" aria-label={t('estate.sites')}>
      <h3>{t('estate.sites')}</h3>
      <ul>
        {sites.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              className={s.id === selected ? 'is-active' : ''}
              aria-current={s.id === selected ? 'true' : undefined}
              onClick={() => onSelect(s.id)}
              data-site={s.id}
            >
              <strong>{s.name}</strong>
              <span className="muted">
                {s.id} · {t('estate.unitCount', { count: s.units })}
              </span>
              {s.address && <span className="muted">{s.address}</span>}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
