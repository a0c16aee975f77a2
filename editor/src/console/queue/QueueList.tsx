import { QueueItem } from './QueueItem';
import type { TicketView } from '@frontstage/engine';

/** Tickets as the queue lists them, in the order given. */
export function QueueList({
  items,
  now,
  siteName,
  onOpen,
  testId,
}: {
  items: readonly TicketView[];
  now: number;
  siteName?: (id: string) => string;
  onOpen: (id: string) => void;
  testId?: string;
}) {
  return (
    <ol className="queue-list" data-testid={testId}>
      {items.map((ticket) => (
        <QueueItem key={ticket.id} ticket={ticket} now={now} siteName={siteName} onOpen={onOpen} />
      ))}
    </ol>
  );
}
