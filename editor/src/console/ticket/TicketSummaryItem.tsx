import { memo } from 'react';
import { useWords } from '../../shared/vocabulary';
import type { Text, TicketSummary } from '@frontstage/engine';
import { useI18n } from '../../i18n/useI18n';
import { formatDateTime } from '../../shared/time-format';

/** Another ticket in a list beside this one (the customer's history, a repeat), opening it on click. */
export const TicketSummaryItem = memo(function TicketSummaryItem({
  summary,
  types,
  onOpen,
}: {
  summary: TicketSummary;
  /** The ruleset's words for request types, by value. */
  types: Readonly<Record<string, Text>>;
  onOpen: (id: string) => void;
}) {
  const { t, text, locale } = useI18n();
  const words = useWords();
  const what = summary.category
    ? text(types[summary.category]) || summary.category
    : words.blueprint(summary.blueprintKey);
  return (
    <li className={`summary-item class-${summary.class}`} data-summary={summary.id}>
      <button type="button" className="link" onClick={() => onOpen(summary.id)} data-open-ticket={summary.id}>
        {formatDateTime(summary.createdAt, locale)}
      </button>
      <span>{what}</span>
      {summary.locationCode && <span className="muted">{summary.locationCode}</span>}
      <span className={`chip status-${summary.status}`}>
        {summary.status === 'closed'
          ? t('status.closed')
          : `${t('status.open')} · ${words.step(summary.blueprintKey, summary.state)}`}
      </span>
    </li>
  );
});
