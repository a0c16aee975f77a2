import { memo, useState } from 'react';
import type { TrackingLink } from '@frontstage/engine';
import type { ApiClient } from '../../api/client';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/useI18n';

/**
 * The front desk gives a caller who reported by phone a link to follow the request on their phone.
 * Only the token's hash is kept, so the link is shown once, here, right after it is made.
 */
export const TrackingLinkBox = memo(function TrackingLinkBox({
  api,
  ticketId,
}: {
  api: ApiClient;
  ticketId: string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [link, setLink] = useState<TrackingLink | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const make = async () => {
    setError(null);
    setCopied(false);
    try {
      setLink(await api.trackingLink(ticketId));
    } catch (e) {
      setError(e);
    }
  };
  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <section className="panel-box" data-testid="tracking-link">
      <h3>{t('ticket.trackingLink')}</h3>
      {link ? (
        <p>
          <input
            readOnly
            value={link.url}
            aria-label={t('ticket.trackingLink')}
            onFocus={(e) => e.target.select()}
          />{' '}
          <button type="button" onClick={() => void copy()}>
            {copied ? t('ticket.trackingCopied') : t('ticket.trackingCopy')}
          </button>
        </p>
      ) : null}
      <p className="hint">{t('ticket.trackingHint')}</p>
      <button type="button" onClick={() => void make()}>
        {t('ticket.trackingMake')}
      </button>
      {error ? <p className="error-text">{describeError(error, i18n)}</p> : null}
    </section>
  );
});
