import { memo, useCallback } from 'react';
import type { ApiClient } from '../../api/client';
import { useI18n } from '../../i18n/useI18n';
import type { TicketAttachment } from '@frontstage/engine';
import { formatBytes } from './attachment-size';
import { useAttachmentUrl } from './useAttachmentUrl';

/** One attachment: its thumbnail (a PDF by name), opening the full file in a new tab on click. */
export const AttachmentThumb = memo(function AttachmentThumb({
  api,
  attachment,
}: {
  api: ApiClient;
  attachment: TicketAttachment;
}) {
  const { t } = useI18n();
  const { src } = useAttachmentUrl(api, attachment.thumbnailUrl);
  const name = attachment.mime === 'application/pdf' ? t('ticket.pdf') : attachment.hash.slice(0, 8);
  const open = useCallback(() => {
    // Opened before the bytes arrive, so no pop-up blocker takes it for an unasked window.
    const tab = window.open('', '_blank');
    void api.attachmentBlob(attachment.url).then(
      (blob) => {
        if (tab) tab.location.href = URL.createObjectURL(blob);
      },
      () => tab?.close(),
    );
  }, [api, attachment.url]);
  return (
    <li className="attachment" data-hash={attachment.hash}>
      <button
        type="button"
        className="attachment-open"
        onClick={open}
        title={t('ticket.openAttachment', { name })}
        aria-label={t('ticket.openAttachment', { name })}
      >
        {src ? <img src={src} alt={name} loading="lazy" /> : <span className="attachment-name">{name}</span>}
      </button>
      <span className="muted">
        {formatBytes(attachment.bytes)} · {attachment.linkedBy}
      </span>
    </li>
  );
});
