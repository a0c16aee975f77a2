/** One server-sent event as a console receives it, stamped with its arrival time. */
export interface Heard {
  event: string;
  data: { ticketId?: string; version?: number };
  at: number;
}

/** An EventSource-style reader: GET the stream, parse the text, keep every event. */
export async function openStream(url: string) {
  const controller = new AbortController();
  const res = await fetch(url, { signal: controller.signal, headers: { accept: 'text/event-stream' } });
  if (res.status !== 200) throw new Error(`stream: ${res.status}`);
  const heard: Heard[] = [];
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (data)
          heard.push({
            event: /^event: (.*)$/m.exec(block)?.[1] ?? 'message',
            data: JSON.parse(data),
            at: performance.now(),
          });
      }
    }
  })();
  const until = async (holds: (heard: Heard[]) => boolean, timeoutMs: number) => {
    const deadline = performance.now() + timeoutMs;
    while (!holds(heard)) {
      if (performance.now() > deadline) return false;
      await new Promise((r) => setTimeout(r, 5));
    }
    return true;
  };
  if (!(await until((h) => h.some((e) => e.event === 'ready'), 5_000)))
    throw new Error('stream: no ready event');
  return {
    heard,
    until,
    close: async () => {
      controller.abort();
      await pump;
    },
  };
}
