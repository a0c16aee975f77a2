import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { EventEmitter } from 'node:events';

/** A change a console should hear about, published only after its transaction committed. */
export interface TicketChange {
  kind: 'ticket.created' | 'ticket.updated';
  ticketId: string;
  version: number;
  state: string;
  status: string;
  team: string | null;
  assignedRoles: string;
  event?: string;
  at: string;
}

/** In-process fan-out of committed ticket changes to the open streams of this instance. */
@Injectable()
export class StreamBus implements OnModuleDestroy {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  publish(change: TicketChange): void {
    this.emitter.emit('change', change);
  }

  /** Listens to changes; `onClose` runs when the application shuts down, so open streams end first. */
  subscribe(listener: (change: TicketChange) => void, onClose: () => void = () => {}): () => void {
    this.emitter.on('change', listener);
    this.emitter.on('close', onClose);
    return () => {
      this.emitter.off('change', listener);
      this.emitter.off('close', onClose);
    };
  }

  // Nest destroys modules before it closes the HTTP server, which would otherwise wait on open streams.
  onModuleDestroy(): void {
    this.emitter.emit('close');
  }
}
