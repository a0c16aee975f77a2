import { createHash } from 'node:crypto';
import type { AttachmentType } from '@frontstage/engine';
import sharp, { type OutputInfo, type Sharp } from 'sharp';
import { ApiError } from '../common/api-error.js';
import { sniff } from './sniff.js';

/** What is kept of an accepted upload: the bytes to store (an image re-encoded) and its thumbnail. */
export interface InspectedUpload {
  hash: string;
  mime: AttachmentType;
  content: Buffer;
  width?: number;
  height?: number;
  thumbnail: { hash: string; content: Buffer } | null;
}

/** Larger images are refused before decoding: 40 megapixels is past any phone camera, short of a bomb. */
const MAX_PIXELS = 40_000_000;
const THUMBNAIL_EDGE = 320;

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const refuse = (
  message: string,
  code: 'validation_failed' | 'unsupported_media_type' = 'validation_failed',
) => new ApiError(code, `file: ${message}`, { field: 'file' });

/**
 * Checks an upload by its content and prepares what is stored. An image is decoded in full (a
 * truncated or fake one fails here), turned upright by its EXIF orientation, and encoded again in
 * its own format without any metadata (EXIF, GPS, ICC comments) and without whatever trailed its
 * image data (a polyglot's HTML); its thumbnail is a JPEG of at most 320 px. A PDF is kept as sent.
 * Every refusal names the field `file`.
 */
export async function inspectUpload(bytes: Buffer, maxBytes: number): Promise<InspectedUpload> {
  if (bytes.length === 0) throw refuse('the file is empty');
  if (bytes.length > maxBytes)
    throw new ApiError('payload_too_large', `file: larger than ${maxBytes} bytes`, {
      field: 'file',
      maxBytes,
    });
  const type = sniff(bytes);
  if (type === 'image/heic')
    throw refuse(
      'HEIC photos cannot be read here: send JPEG (most phones convert when sharing)',
      'unsupported_media_type',
    );
  if (type === null)
    throw refuse(
      'not a JPEG, PNG, WebP image or PDF document (checked by content)',
      'unsupported_media_type',
    );
  if (type === 'application/pdf') return { hash: sha256(bytes), mime: type, content: bytes, thumbnail: null };
  const decode = () => sharp(bytes, { failOn: 'truncated', limitInputPixels: MAX_PIXELS, animated: false });
  let content: Buffer;
  let info: OutputInfo;
  let thumbnail: Buffer;
  try {
    const meta = await decode().metadata();
    // The sniffed type must be the decoder's too: a PNG signature on JPEG data is not a PNG.
    if (formatMime(meta.format) !== type) throw new Error(`content is ${meta.format}, not ${type}`);
    ({ data: content, info } = await encode(decode().rotate(), type).toBuffer({ resolveWithObject: true }));
    thumbnail = await decode()
      .rotate()
      .resize(THUMBNAIL_EDGE, THUMBNAIL_EDGE, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 70 })
      .toBuffer();
  } catch (error) {
    throw refuse(`not a readable ${type} image (${(error as Error).message.split('\n')[0]})`);
  }
  return {
    hash: sha256(content),
    mime: type,
    content,
    width: info.width,
    height: info.height,
    thumbnail: { hash: sha256(thumbnail), content: thumbnail },
  };
}

function formatMime(format: string | undefined): AttachmentType | null {
  if (format === 'jpeg') return 'image/jpeg';
  if (format === 'png') return 'image/png';
  if (format === 'webp') return 'image/webp';
  return null;
}

function encode(image: Sharp, type: AttachmentType): Sharp {
  if (type === 'image/png') return image.png({ compressionLevel: 9 });
  if (type === 'image/webp') return image.webp({ quality: 85 });
  return image.jpeg({ quality: 85 });
}
