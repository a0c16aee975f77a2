import { memo, useState, type ChangeEvent } from 'react';
import type { ApiClient } from '../../api/client';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/useI18n';
import { ATTACHMENT_TYPES, type TicketAttachment } from '@frontstage/engine';
import { AttachmentThumb } from './AttachmentThumb';

const ACCEPT = ATTACHMENT_TYPES.join(',');

/** The ticket's photos and files as thumbnails, and a file input to add a photo (uploaded, then linked). */
export const TicketAttachments = memo(function TicketAttachments({
  api,
  ticketId,
  attachments,
  canWrite,
  onAdded,
}: {
  api: ApiClient;
  ticketId: string;
  attachments: readonly TicketAttachment[];
  canWrite: boolean;
  onAdded: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const add = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      const uploaded = await api.uploadAttachment(file, file.name);
      await api.linkAttachments(ticketId, [uploaded.hash]);
      setError(null);
      onAdded();
    } catch (err) {
      setError(err);
    } finally {
      input.value = '';
      setBusy(false);
    }
  };
  return (
    <section className="panel-box" data-testid="ticket-attachments">
      <h3>{t('ticket.attachments')}</h3>
      {attachments.length === 0 && <p className="hint">{t('ticket.noAttachments')}</p>}
      <ul className="attachments">
        {attachments.map((a) => (
          <AttachmentThumb key={a.hash} api={api} attachment={a} />
        ))}
      </ul>
      {canWrite && (
        <label className="attachment-add">
          {t('ticket.addPhoto')}
          <input
            type="file"
            name="file"
            accept={ACCEPT}
            disabled={busy}
            data-action="add-attachment"
            onChange={(e) => void add(e)}
          />
        </label>
      )}
      {error !== null && <p className="error-text">{describeError(error, i18n)}</p>}
    </section>
  );
});
