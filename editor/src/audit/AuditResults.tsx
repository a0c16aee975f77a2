import { useI18n } from '../i18n/useI18n';
import { formatDateTime } from '../shared/time-format';
import { useEntryLabel } from './TimelineEntry';
import { useWords } from '../shared/vocabulary';
import type { AuditEntry } from '@frontstage/engine';

/** Search hits, one row per entry; a ticket id opens that ticket's timeline. */
export function AuditResults({
  items,
  onOpen,
}: {
  items: readonly AuditEntry[];
  onOpen: (ticketId: string) => void;
}) {
  const { t, locale } = useI18n();
  const words = useWords();
  const entryLabel = useEntryLabel();
  if (items.length === 0) return <p className="hint">{t('audit.none')}</p>;
  return (
    <table className="data-table audit-results" data-testid="audit-results">
      <thead>
        <tr>
          <th>#</th>
          <th>{t('audit.at')}</th>
          <th>{t('audit.actor')}</th>
          <th>{t('audit.eventType')}</th>
          <th>{t('audit.move')}</th>
          <th>{t('audit.outcome')}</th>
          <th>{t('audit.ticket')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((e) => (
          <tr key={e.seq} className={e.outcome === 'refused' ? 'is-refused' : ''} data-seq={e.seq}>
            <td>{e.seq}</td>
            <td>{formatDateTime(e.at, locale)}</td>
            <td>
              <span data-username>{e.actorId}</span>{' '}
              <span className="muted">({words.role(e.actorRole)})</span>
            </td>
            <td>{entryLabel(e)}</td>
            <td>
              {e.fromState && e.blueprintKey ? words.step(e.blueprintKey, e.fromState) : '—'} →{' '}
              {e.toState && e.blueprintKey ? words.step(e.blueprintKey, e.toState) : '—'}
            </td>
            <td>
              {e.outcome === 'refused' ? `${t('audit.refused')} · ${e.code ?? ''}` : t('audit.accepted')}
            </td>
            <td>
              {e.ticketId ? (
                <button
                  type="button"
                  className="link"
                  onClick={() => onOpen(e.ticketId!)}
                  data-open-ticket={e.ticketId}
                >
                  {e.ticketId.slice(0, 8)}
                </button>
              ) : (
                '—'
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
