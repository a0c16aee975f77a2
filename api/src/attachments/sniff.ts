import type { AttachmentType } from '@frontstage/engine';

/** What the first bytes say a file is; `heic` is recognised only to be refused by name. */
export type Sniffed = AttachmentType | 'image/heic';

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number): string =>
  String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);
// What browsers sniff as HTML in a document's first 512 bytes: a PDF holding one could run as a page.
const HTML_OPENERS = /<\s*(!doctype|html|head|body|script|iframe|svg|object|embed|meta|img|a\s)/i;

/**
 * The type a file's content declares by its magic bytes, or null for anything else (HTML, text,
 * an executable, an empty file). The name and the declared type are never asked: a `.jpg` that is
 * HTML sniffs as null. A PDF must also end with `%%EOF` (a truncated one does not) and carry no
 * HTML in its first 1 KB. Images are only claimed here: decoding them (inspect-upload.ts) proves them.
 * @example sniff(Buffer.from('<html>')) === null
 */
export function sniff(bytes: Uint8Array): Sniffed | null {
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  if (ascii(bytes, 4, 8) === 'ftyp' && HEIF_BRANDS.has(ascii(bytes, 8, 12))) return 'image/heic';
  if (/^%PDF-[12]\.\d/.test(ascii(bytes, 0, 8))) {
    const tail = ascii(bytes, Math.max(0, bytes.length - 1024), bytes.length);
    if (!tail.includes('%%EOF')) return null;
    return HTML_OPENERS.test(ascii(bytes, 0, 1024)) ? null : 'application/pdf';
  }
  return null;
}
