import { useState } from 'react';
import type { Diagnostic } from '@frontstage/engine';
import { useI18n } from '../i18n/useI18n';

const MAX_NOTE = 500;

/**
 * Asks for the change note before a publish: what this version changes and why. It is shown in
 * the versions list and kept in the audit entry, so a reader of either knows why the process changed.
 */
export function PublishDialog({
  onPublish,
  onCancel,
  warnings = [],
}: {
  onPublish: (note: string) => void;
  onCancel: () => void;
  /**
   * What the designer is warned of: publishing goes ahead, but a step for a role nobody holds
   * (listed first) would keep its tickets waiting, so it is said here, not only in the list below.
   */
  warnings?: readonly Diagnostic[];
}) {
  const { t, text } = useI18n();
  const listed = [...warnings].sort(
    (a, b) => Number(b.code === 'role.unheld') - Number(a.code === 'role.unheld'),
  );
  const [note, setNote] = useState('');
  const ready = note.trim().length > 0;
  return (
    <div className="modal-backdrop" role="presentation" onClick={onCancel}>
      <form
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-label={t('publish.title')}
        onClick={(e) => e.stopPropagation()}
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) onPublish(note.trim());
        }}
      >
        <label className="prop">
          <span>{t('publish.note')}</span>
          <textarea
            name="publish-note"
            value={note}
            maxLength={MAX_NOTE}
            placeholder={t('publish.notePlaceholder')}
            onChange={(e) => setNote(e.target.value)}
            autoFocus
          />
        </label>
        {listed.length > 0 && (
          <div className="publish-warnings" data-testid="publish-warnings">
            <p>{t('publish.warnings', { count: listed.length })}</p>
            <ul>
              {listed.map((d, i) => (
                <li key={i} data-code={d.code}>
                  {text(d.message)}
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="modal-actions">
          <button type="button" onClick={onCancel}>
            {t('confirm.no')}
          </button>
          <button type="submit" className="primary" data-action="confirm-publish" disabled={!ready}>
            {t('toolbar.publish')}
          </button>
        </div>
      </form>
    </div>
  );
}
