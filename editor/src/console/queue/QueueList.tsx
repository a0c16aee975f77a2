import { QueueItem } from './QueueItem';
import type { TicketView } from '@frontstage/engine';

/** Tickets as the queue lists them, in the order given. */
export function QueueList({
  items,
  now,
  onOpen,
  testId,
}: {
  items: readonly TicketView[];
  now: number;
  onOpen: (id: string) => void;
  testId?: string;
}) {
  return (
    <ol className="queue-list" data-testid={testId}>
      {items.map((ticket) => (
        <QueueItem key={ticket.id} ticket={ticket} now={now} onOpen={onOpen} />
      ))}
    </ol>
  );
}
