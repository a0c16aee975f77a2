import { useState } from 'react';
import { useI18n } from '../i18n/useI18n';

const MAX_NOTE = 500;

/**
 * Asks for the change note before a publish: what this version changes and why. It is shown in
 * the versions list and kept in the audit entry, so a reader of either knows why the process changed.
 */
export function PublishDialog({
  onPublish,
  onCancel,
}: {
  onPublish: (note: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
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
