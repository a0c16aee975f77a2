import { useRef, useState } from 'react';
import { useI18n } from '../i18n/useI18n';

export interface ToolbarProps {
  title: string;
  dirty: boolean;
  canUndo: boolean;
  canRedo: boolean;
  canDelete: boolean;
  canCopy: boolean;
  canPaste: boolean;
  online: boolean;
  errors: number;
  status: string | null;
  onUndo: () => void;
  onRedo: () => void;
  onDelete: () => void;
  onCopy: () => void;
  onPaste: () => void;
  onFit: () => void;
  onLayout: () => void;
  onSave: () => void;
  onPublish: () => void;
  onImport: (text: string) => void;
  onExport: (kind: 'json' | 'svg' | 'png') => void;
}

/** The designer's command bar. */
export function Toolbar(p: ToolbarProps) {
  const { t } = useI18n();
  const file = useRef<HTMLInputElement>(null);
  const [exportOpen, setExportOpen] = useState(false);
  return (
    <div className="toolbar" role="toolbar">
      <div className="toolbar-title">
        <strong>{p.title}</strong>
        {p.dirty && (
          <span className="dirty" title={t('toolbar.unsaved')}>
            ●
          </span>
        )}
      </div>
      <div className="toolbar-group">
        <button
          type="button"
          onClick={p.onUndo}
          disabled={!p.canUndo}
          title={`${t('toolbar.undo')} (Ctrl+Z)`}
          data-action="undo"
        >
          ↶ {t('toolbar.undo')}
        </button>
        <button
          type="button"
          onClick={p.onRedo}
          disabled={!p.canRedo}
          title={`${t('toolbar.redo')} (Ctrl+Shift+Z)`}
          data-action="redo"
        >
          ↷ {t('toolbar.redo')}
        </button>
        <button
          type="button"
          onClick={p.onDelete}
          disabled={!p.canDelete}
          title={`${t('toolbar.delete')} (Del)`}
          data-action="delete"
        >
          ✕ {t('toolbar.delete')}
        </button>
        <button
          type="button"
          onClick={p.onCopy}
          disabled={!p.canCopy}
          title={`${t('toolbar.copy')} (Ctrl+C)`}
          data-action="copy"
        >
          {t('toolbar.copy')}
        </button>
        <button
          type="button"
          onClick={p.onPaste}
          disabled={!p.canPaste}
          title={`${t('toolbar.paste')} (Ctrl+V)`}
          data-action="paste"
        >
          {t('toolbar.paste')}
        </button>
      </div>
      <div className="toolbar-group">
        <button type="button" onClick={p.onFit} title={`${t('toolbar.fit')} (F)`}>
          ⤢ {t('toolbar.fit')}
        </button>
        <button type="button" onClick={p.onLayout} data-action="layout">
          ⊞ {t('toolbar.layout')}
        </button>
      </div>
      <div className="toolbar-group">
        <button type="button" onClick={() => file.current?.click()} data-action="import">
          ⇪ {t('toolbar.import')}
        </button>
        <input
          ref={file}
          type="file"
          accept="application/json,.json"
          hidden
          data-testid="import-file"
          onChange={async (e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) p.onImport(await f.text());
          }}
        />
        <div className="menu">
          <button type="button" onClick={() => setExportOpen((o) => !o)} data-action="export">
            ⇩ {t('toolbar.export')} ▾
          </button>
          {exportOpen && (
            <div className="menu-items" onMouseLeave={() => setExportOpen(false)}>
              {(['json', 'svg', 'png'] as const).map((k) => (
                <button
                  type="button"
                  key={k}
                  data-export={k}
                  onClick={() => {
                    setExportOpen(false);
                    p.onExport(k);
                  }}
                >
                  {t(
                    k === 'json'
                      ? 'toolbar.exportJson'
                      : k === 'svg'
                        ? 'toolbar.exportSvg'
                        : 'toolbar.exportPng',
                  )}
                </button>
              ))}
            </div>
          )}
        </div>
      </div>
      <div className="toolbar-spacer" />
      {p.status && (
        <span className="toolbar-status" role="status">
          {p.status}
        </span>
      )}
      <div className="toolbar-group">
        <button type="button" onClick={p.onSave} disabled={!p.online} data-action="save" title="Ctrl+S">
          {t('toolbar.save')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={p.onPublish}
          disabled={!p.online || p.errors > 0}
          data-action="publish"
          title={p.errors > 0 ? t('toolbar.publishRefused') : ''}
        >
          ⬆ {t('toolbar.publish')}
        </button>
      </div>
    </div>
  );
}
