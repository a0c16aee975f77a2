import { expect } from 'vitest';

/** A server-sent event as a test reads it. */
export type Event = { event: string; data: { ticketId?: string; site?: string } };

/**
 * Reads server-sent events until `until` holds for the ones seen so far. `ready` settles when the
 * server says the stream is subscribed (its `ready` event), so a test need not guess with a sleep.
 */
export function readEvents(url: string, until: (events: Event[]) => boolean) {
  let subscribed!: () => void;
  const heardReady = new Promise<void>((done) => (subscribed = done));
  const events = (async () => {
    const controller = new AbortController();
    const res = await fetch(url, { signal: controller.signal, headers: { accept: 'text/event-stream' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const events: Event[] = [];
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    while (!until(events)) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (data) events.push({ event, data: JSON.parse(data) });
        if (event === 'ready') subscribed();
      }
    }
    controller.abort();
    return events;
  })();
  // A stream that fails or ends before `ready` settles this too, so the test fails rather than hangs.
  return { ready: Promise.race([heardReady, events.then(() => undefined)]), events };
}
