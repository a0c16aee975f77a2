import { useI18n } from '../i18n/useI18n';

/** A small modal that asks before something is destroyed. */
export function ConfirmDialog({
  message,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  message: string;
  /** The button that goes ahead; "Delete" unless said otherwise. */
  confirmLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="modal-backdrop" role="presentation" onClick={onCancel}>
      <div
        className="modal"
        role="alertdialog"
        aria-modal="true"
        aria-label={message}
        onClick={(e) => e.stopPropagation()}
      >
        <p>{message}</p>
        <div className="modal-actions">
          <button type="button" onClick={onCancel} autoFocus>
            {t('confirm.no')}
          </button>
          <button type="button" className="danger" data-action="confirm-delete" onClick={onConfirm}>
            {confirmLabel ?? t('confirm.yes')}
          </button>
        </div>
      </div>
    </div>
  );
}
