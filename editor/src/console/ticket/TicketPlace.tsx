import type { Text, TicketDetail } from '@frontstage/engine';
import { useI18n } from '../../i18n/useI18n';
import { CustomerCard } from '../../shared/CustomerCard';
import { TicketSummaryItem } from './TicketSummaryItem';

/**
 * Where and for whom: the unit or common area, the customer (phone as the API gave it) with their
 * segments, and the customer's earlier requests, each opening its ticket.
 */
export function TicketPlace({
  ticket,
  types,
  onOpen,
}: {
  ticket: TicketDetail;
  types: Readonly<Record<string, Text>>;
  onOpen: (id: string) => void;
}) {
  const { t } = useI18n();
  const { location, customer, customerHistory } = ticket;
  const kind = location?.areaId ? 'area' : 'unit';
  const role = customer?.holdings.find((h) => h.unitId === location?.unitId && h.until === null)?.role;
  return (
    <section className="panel-box ticket-place" data-testid="ticket-place">
      <h3>{t('ticket.place')}</h3>
      <p className="place-line" data-testid="ticket-location" data-kind={location ? kind : 'none'}>
        {location ? (
          <>
            <span className="chip">{t(`place.kind.${kind}`)}</span> <strong>{location.code}</strong>
          </>
        ) : (
          <span className="muted">{t('ticket.noPlace')}</span>
        )}
      </p>
      {customer ? (
        <CustomerCard customer={customer} role={role} />
      ) : (
        <p className="muted" data-testid="ticket-anonymous">
          {t('ticket.anonymous')}
        </p>
      )}
      {customer && (
        <>
          <h4>{t('ticket.customerHistory', { count: customerHistory.length })}</h4>
          {customerHistory.length === 0 ? (
            <p className="muted">{t('ticket.noHistory')}</p>
          ) : (
            <ol className="summaries" data-testid="customer-history">
              {customerHistory.map((s) => (
                <TicketSummaryItem key={s.id} summary={s} types={types} onOpen={onOpen} />
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
