import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { sniff } from './sniff.js';

// Real bytes, made here: a small image in each format, and a minimal PDF.
const image = () => sharp({ create: { width: 16, height: 12, channels: 3, background: '#884422' } });
const pdf = (body = '1 0 obj << /Type /Catalog >> endobj') =>
  Buffer.from(`%PDF-1.7\n${body}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');

describe('sniff', () => {
  const bytes: Record<string, Buffer> = {};
  beforeAll(async () => {
    bytes.png = await image().png().toBuffer();
    bytes.jpeg = await image().jpeg().toBuffer();
    bytes.webp = await image().webp().toBuffer();
  });

  it('tells PNG, JPEG, WebP and PDF by their first bytes', () => {
    expect(sniff(bytes.png!)).toBe('image/png');
    expect(sniff(bytes.jpeg!)).toBe('image/jpeg');
    expect(sniff(bytes.webp!)).toBe('image/webp');
    expect(sniff(pdf())).toBe('application/pdf');
  });

  it('knows nothing of HTML, text or an empty file, whatever the name said', () => {
    expect(sniff(Buffer.from('<!DOCTYPE html><html><body>photo.jpg</body></html>'))).toBeNull();
    expect(sniff(Buffer.from('GIF89a'))).toBeNull();
    expect(sniff(Buffer.alloc(0))).toBeNull();
    expect(sniff(Buffer.from([0xff, 0xd8]))).toBeNull();
  });

  it('recognises HEIC, to refuse it by name', () => {
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 0x18]),
      Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'),
    ]);
    expect(sniff(heic)).toBe('image/heic');
  });

  it('refuses a truncated PDF and a PDF that a browser would sniff as HTML', () => {
    const whole = pdf();
    expect(sniff(whole.subarray(0, whole.length - 8))).toBeNull();
    expect(sniff(pdf('<html><script>alert(1)</script></html>'))).toBeNull();
  });

  it('claims an image by its signature alone: a polyglot or a cut image is left for decoding to refuse', () => {
    const polyglot = Buffer.concat([
      bytes.png!.subarray(0, 8),
      Buffer.from('<html><script>alert(1)</script>'),
    ]);
    expect(sniff(polyglot)).toBe('image/png');
    expect(sniff(bytes.jpeg!.subarray(0, 20))).toBe('image/jpeg');
  });
});
