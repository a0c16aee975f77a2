// The estate import answers with one JSON value per line (`application/x-ndjson`) while it works,
// so the page can draw progress before the answer is complete. Chunks from the network cut lines
// (and multi-byte characters) anywhere; these functions put them back together.

/**
 * A line splitter for NDJSON text arriving in pieces: `push` returns the values of the lines the
 * piece completed, `end` the value of a last line without a newline. Blank lines are skipped.
 * @example const lines = ndjsonLines(); lines.push('{"a":1}\n{"b"'); // [{a:1}]
 * lines.push(':2}\n'); // [{b:2}]
 */
export function ndjsonLines() {
  let rest = '';
  return {
    push(piece: string): unknown[] {
      rest += piece;
      const lines = rest.split('\n');
      rest = lines.pop() ?? '';
      return lines.flatMap(parseLine);
    },
    end(): unknown[] {
      const last = rest;
      rest = '';
      return parseLine(last);
    },
  };
}

function parseLine(line: string): unknown[] {
  const text = line.trim();
  if (text === '') return [];
  try {
    return [JSON.parse(text)];
  } catch {
    throw new SyntaxError(`not a JSON line: ${text.slice(0, 80)}`);
  }
}

/**
 * The values of an NDJSON byte stream, in order, as they arrive. UTF-8 is decoded across chunk
 * boundaries, so a Chinese name cut in two by the network reads whole.
 * @example for await (const value of readNdjson(res.body)) console.info(value);
 */
export async function* readNdjson(stream: ReadableStream<Uint8Array>): AsyncGenerator<unknown> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const lines = ndjsonLines();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield* lines.push(decoder.decode(value, { stream: true }));
    }
    yield* lines.push(decoder.decode());
    yield* lines.end();
  } finally {
    reader.releaseLock();
  }
}
