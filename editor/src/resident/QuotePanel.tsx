import { memo, useState } from 'react';
import type { ResidentAction, ResidentPaymentRecord, ResidentTicket } from '@frontstage/engine';
import { api } from './resident-api.js';
import type { Words } from './resident-words.js';

/** A quoted special-service fee: the amount, the consent, the way to pay; the consent accepts the quote. */
export const QuotePanel = memo(function QuotePanel({
  ticket,
  words,
  onDone,
}: {
  ticket: ResidentTicket;
  action: ResidentAction;
  words: Words;
  onDone: (ticket: ResidentTicket) => void;
}) {
  const [consent, setConsent] = useState(false);
  const [provider, setProvider] = useState<'wechat_pay' | 'alipay'>('wechat_pay');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const amount = ticket.quote!.amount;
  const pay = async () => {
    setBusy(true);
    setFailed(false);
    try {
      const record = await api<ResidentPaymentRecord>('POST', `/api/residents/tickets/${ticket.id}/payment`, {
        amount,
        provider,
        consent: true,
        expectedVersion: ticket.version,
      });
      onDone(record.ticket);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="r-card r-form r-quote">
      <span className="r-muted">{words.quote}</span>
      <strong className="r-amount">¥{amount.toFixed(2)}</strong>
      <fieldset className="r-row">
        <legend>{words.payWith}</legend>
        {(['wechat_pay', 'alipay'] as const).map((p) => (
          <label key={p} className="r-inline">
            <input type="radio" name="provider" checked={provider === p} onChange={() => setProvider(p)} />
            {p === 'wechat_pay' ? words.wechatPay : words.alipay}
          </label>
        ))}
      </fieldset>
      <label className="r-inline">
        <input
          type="checkbox"
          name="consent"
          checked={consent}
          onChange={(e) => setConsent(e.target.checked)}
        />
        {words.consent}
      </label>
      <button type="button" className="r-primary" disabled={!consent || busy} onClick={() => void pay()}>
        {words.acceptQuote}
      </button>
      {failed ? <p className="r-note">{words.error}</p> : null}
    </section>
  );
});
