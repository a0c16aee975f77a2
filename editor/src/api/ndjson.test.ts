import { describe, expect, it } from 'vitest';
import { ndjsonLines, readNdjson } from './ndjson';

/** A byte stream that hands out `bytes` in the given cuts. */
function chunked(bytes: Uint8Array, cuts: number[]): ReadableStream<Uint8Array> {
  const edges = [0, ...cuts, bytes.length];
  return new ReadableStream({
    start(controller) {
      for (let i = 1; i < edges.length; i++) controller.enqueue(bytes.slice(edges[i - 1], edges[i]));
      controller.close();
    },
  });
}

const collect = async (stream: ReadableStream<Uint8Array>) => {
  const values: unknown[] = [];
  for await (const value of readNdjson(stream)) values.push(value);
  return values;
};

describe('ndjsonLines', () => {
  it('gives each line once it is complete, whatever the cuts', () => {
    const lines = ndjsonLines();
    expect(lines.push('{"progress":{"done":1,')).toEqual([]);
    expect(lines.push('"total":2}}\n{"progress":{"done":2,"total":2}}\n{"rep')).toEqual([
      { progress: { done: 1, total: 2 } },
      { progress: { done: 2, total: 2 } },
    ]);
    expect(lines.push('ort":{}}')).toEqual([]);
    expect(lines.end()).toEqual([{ report: {} }]);
  });

  it('skips blank lines and Windows line ends', () => {
    const lines = ndjsonLines();
    expect(lines.push('{"a":1}\r\n\r\n\n{"b":2}\r\n')).toEqual([{ a: 1 }, { b: 2 }]);
    expect(lines.end()).toEqual([]);
  });

  it('refuses a line that is not JSON, naming it', () => {
    expect(() => ndjsonLines().push('<html>\n')).toThrow(/not a JSON line: <html>/);
  });
});

describe('readNdjson', () => {
  it('reads a Chinese name cut in the middle of a character', async () => {
    const bytes = new TextEncoder().encode('{"name":"王小明"}\n{"name":"李"}');
    // '王' is three bytes starting at 9: cut inside it, and inside the last line.
    expect(await collect(chunked(bytes, [10, 11, 24]))).toEqual([{ name: '王小明' }, { name: '李' }]);
  });

  it('reads nothing from an empty answer', async () => {
    expect(await collect(chunked(new Uint8Array(), []))).toEqual([]);
  });
});
