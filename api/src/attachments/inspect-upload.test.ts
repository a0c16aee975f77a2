import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../common/api-error.js';
import { inspectUpload, sha256 } from './inspect-upload.js';

const LIMIT = 1_000_000;
const image = (width = 40, height = 30) =>
  sharp({ create: { width, height, channels: 4, background: { r: 200, g: 80, b: 20, alpha: 0.5 } } });

/** The refusal's status and field, or 'accepted'. */
const refusal = async (bytes: Buffer, limit = LIMIT) => {
  try {
    await inspectUpload(bytes, limit);
    return 'accepted';
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return `${error.status} ${String(error.details?.field)}`;
  }
};

describe('inspectUpload', () => {
  it('re-encodes an image without its metadata, upright, with a JPEG thumbnail, named by the stored bytes', async () => {
    // EXIF orientation 6: the camera was turned, so the upright image is 30 wide and 40 high.
    const sent = await image()
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({ IFD0: { Artist: 'GPS here' } })
      .toBuffer();
    const kept = await inspectUpload(sent, LIMIT);
    expect(kept).toMatchObject({ mime: 'image/jpeg', width: 30, height: 40 });
    expect(kept.hash).toBe(sha256(kept.content));
    const meta = await sharp(kept.content).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect((await sharp(kept.thumbnail!.content).metadata()).format).toBe('jpeg');
    expect(kept.thumbnail!.hash).toBe(sha256(kept.thumbnail!.content));
  });

  it('gives the same bytes for the same upload (so it is stored once)', async () => {
    const sent = await image().png().toBuffer();
    expect((await inspectUpload(sent, LIMIT)).hash).toBe((await inspectUpload(sent, LIMIT)).hash);
  });

  it('drops what trails an image: a JPEG carrying HTML is stored without it', async () => {
    const sent = Buffer.concat([
      await image().jpeg().toBuffer(),
      Buffer.from('<html><script>alert(1)</script>'),
    ]);
    const kept = await inspectUpload(sent, LIMIT);
    expect(kept.content.includes(Buffer.from('<script'))).toBe(false);
  });

  it('keeps a PDF as sent, without a thumbnail', async () => {
    const sent = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n', 'latin1');
    expect(await inspectUpload(sent, LIMIT)).toMatchObject({
      mime: 'application/pdf',
      hash: sha256(sent),
      thumbnail: null,
    });
  });

  it('refuses HTML named .jpg, a polyglot, a truncated image, an empty and an oversized file, naming file', async () => {
    const png = await image(64, 64).png().toBuffer();
    const jpeg = await image(64, 64).jpeg().toBuffer();
    expect(await refusal(Buffer.from('<html><body>hello</body></html>'))).toBe('415 file');
    expect(
      await refusal(Buffer.concat([png.subarray(0, 8), Buffer.from('<html><script>x</script></html>')])),
    ).toBe('400 file');
    // A JPEG signature on PNG data: the decoder, not the signature, has the last word.
    expect(await refusal(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), png]))).toBe('400 file');
    expect(await refusal(png.subarray(0, png.length - 30))).toBe('400 file');
    expect(await refusal(jpeg.subarray(0, Math.floor(jpeg.length * 0.6)))).toBe('400 file');
    expect(await refusal(Buffer.alloc(0))).toBe('400 file');
    expect(await refusal(png, png.length - 1)).toBe('413 file');
    expect(await refusal(png, png.length)).toBe('accepted');
  });

  it('refuses HEIC by name: this build of sharp has no HEVC decoder', async () => {
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 0x18]),
      Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'),
    ]);
    expect(await refusal(heic)).toBe('415 file');
  });
});
