import { useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../api/client';
import type { TicketChange } from '@frontstage/engine';

const KINDS = ['ticket.created', 'ticket.updated'] as const;

/**
 * Listens to `GET /api/stream` (server-sent events) and hands every ticket change the user may see
 * to `onChange`; says whether the feed is live. EventSource reconnects by itself after a drop.
 */
export function useTicketStream(api: ApiClient | null, onChange: (change: TicketChange) => void): boolean {
  const handler = useRef(onChange);
  useEffect(() => {
    handler.current = onChange;
  }, [onChange]);
  const [live, setLive] = useState(false);
  useEffect(() => {
    if (!api?.token || typeof EventSource === 'undefined') return;
    const source = new EventSource(api.streamUrl());
    const read = (e: MessageEvent<string>) => {
      try {
        handler.current(JSON.parse(e.data) as TicketChange);
      } catch {
        // A line that is not a change (a keep-alive) carries nothing to act on.
      }
    };
    for (const kind of KINDS) source.addEventListener(kind, read);
    source.addEventListener('ready', () => setLive(true));
    source.onerror = () => setLive(false);
    return () => source.close();
  }, [api]);
  return live;
}
