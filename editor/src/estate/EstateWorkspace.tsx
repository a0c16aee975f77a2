import { useState } from 'react';
import type { Site } from '@frontstage/engine';
import type { Session } from '../app/session';
import { useI18n } from '../i18n/useI18n';
import { useSites } from '../shared/useSites';
import { AreasPanel } from './AreasPanel';
import { EstateExport } from './EstateExport';
import { ImportPanel } from './ImportPanel';
import { SiteForm } from './SiteForm';
import { SiteList } from './SiteList';
import { UnitsPanel } from './UnitsPanel';

type View = 'units' | 'areas' | 'files';

/**
 * The estate (物业档案): sites, their buildings, units and common areas, and the estate file to
 * import and export. Admins change it; supervisors read it and export it.
 */
export function EstateWorkspace({ session }: { session: Session }) {
  const { t } = useI18n();
  const { api } = session;
  const listed = useSites(api);
  // Sites this admin adds here join the list without asking the API again.
  const [added, setAdded] = useState<Site[]>([]);
  const sites = listed && [...listed, ...added.filter((a) => !listed.some((l) => l.id === a.id))];
  const [picked, setPicked] = useState('');
  const [view, setView] = useState<View>('units');
  // Units and areas are read again after an import, to show what it wrote.
  const [generation, setGeneration] = useState(0);
  const admin = session.role === 'admin';
  if (!api) return <p className="placeholder">{t('console.needsApi')}</p>;
  const site = picked || sites?.[0]?.id || '';
  const current = sites?.find((s) => s.id === site);
  return (
    <div className="estate-ws">
      <div className="estate-side">
        <SiteList sites={sites ?? []} selected={site} onSelect={setPicked} />
        {admin && (
          <SiteForm
            api={api}
            onCreated={(created) => {
              setAdded((old) => [...old, created]);
              setPicked(created.id);
            }}
          />
        )}
      </div>
      <div className="estate-body">
        {!current ? (
          <p className="placeholder">{sites ? t('estate.noSites') : '…'}</p>
        ) : (
          <>
            <nav className="sub-nav" aria-label={current.name}>
              <strong className="estate-title">{current.name}</strong>
              {(['units', 'areas', 'files'] as const).map((v) => (
                <button
                  key={v}
                  type="button"
                  className={view === v ? 'is-active' : ''}
                  onClick={() => setView(v)}
                  data-view={v}
                >
                  {t(`estate.view.${v}`)}
                </button>
              ))}
              {!admin && <span className="muted sub-nav-who">{t('estate.readOnly')}</span>}
            </nav>
            <div className="estate-view">
              {view === 'units' && <UnitsPanel key={`${site}:${generation}`} api={api} site={site} />}
              {view === 'areas' && (
                <AreasPanel key={`${site}:${generation}`} api={api} site={site} canEdit={admin} />
              )}
              {view === 'files' && (
                <div className="estate-files" key={site}>
                  {admin && (
                    <ImportPanel api={api} site={site} onImported={() => setGeneration((g) => g + 1)} />
                  )}
                  <EstateExport api={api} site={site} />
                </div>
              )}
            </div>
          </>
        )}
      </div>
    </div>
  );
}
