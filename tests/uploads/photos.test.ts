import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { PHOTO_MAX_BYTES, UPLOAD_MESSAGES } from '@/lib/uploads/limits';
import { processPhoto } from '@/lib/uploads/photos';

const GPS_IFD_POINTER = 0x8825;

const canvas = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 40 } } });
const plain = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#4f8a3c' } });

/** Tags of EXIF IFD0, read by hand so the test does not trust the code under test. */
function ifd0Tags(exif: Buffer): number[] {
  const tiff = exif.subarray(exif.indexOf('Exif\0\0') === 0 ? 6 : 0);
  const little = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const first = little ? tiff.readUInt32LE(4) : tiff.readUInt32BE(4);
  return Array.from({ length: u16(first) }, (_, i) => u16(first + 2 + i * 12));
}

async function phoneJpeg(): Promise<Buffer> {
  const raw = await canvas(300, 200).jpeg().toBuffer();
  return sharp(raw)
    .withExif({ IFD0: { Make: 'TestCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 1/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 51/1 0/1' } })
    .withMetadata({ orientation: 6 })
    .jpeg()
    .toBuffer();
}

async function expectOk(bytes: Uint8Array) {
  const result = await processPhoto(bytes);
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result;
}

describe('processPhoto accepts', () => {
  it('a phone JPEG: turned upright, EXIF and GPS stripped, re-encoded to WebP', async () => {
    const input = await phoneJpeg();
    const before = await sharp(input).metadata();
    expect([before.width, before.height, before.orientation]).toEqual([300, 200, 6]);
    expect(ifd0Tags(before.exif!)).toContain(GPS_IFD_POINTER);

    const photo = await expectOk(input);
    expect([photo.width, photo.height]).toEqual([200, 300]);
    for (const output of [photo.large, photo.thumb]) {
      const after = await sharp(output).metadata();
      expect(after.format).toBe('webp');
      expect(after.exif).toBeUndefined();
      expect(after.xmp).toBeUndefined();
      expect(after.orientation).toBeUndefined();
      expect([after.width, after.height]).toEqual([200, 300]);
    }
    expect(photo.sha256).toBe(createHash('sha256').update(photo.large).digest('hex'));
  });

  it('scales a large photo to 1600 wide and its thumbnail to 480 wide', async () => {
    const photo = await expectOk(await plain(2400, 1800).jpeg().toBuffer());
    expect([photo.width, photo.height]).toEqual([1600, 1200]);
    const thumb = await sharp(photo.thumb).metadata();
    expect([thumb.width, thumb.height]).toEqual([480, 360]);
  });

  it('PNG, WebP and HEIF (AVIF)', async () => {
    for (const bytes of [await plain(64, 48).png().toBuffer(), await plain(64, 48).webp().toBuffer(), await plain(64, 48).avif().toBuffer()]) {
      expect(await expectOk(bytes)).toMatchObject({ width: 64, height: 48 });
    }
  });
});

describe('processPhoto refuses', () => {
  const refused = async (bytes: Uint8Array, message: string) => expect(await processPhoto(bytes)).toEqual({ ok: false, message });

  it('an empty file', () => refused(new Uint8Array(0), UPLOAD_MESSAGES.empty));

  it('an HTML page named .jpg', () => refused(Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>'), UPLOAD_MESSAGES.notAnImage));

  it('SVG, GIF and TIFF, which sharp can read but we do not accept', async () => {
    await refused(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><rect width="9" height="9"/></svg>'), UPLOAD_MESSAGES.notAnImage);
    await refused(await plain(9, 9).gif().toBuffer(), UPLOAD_MESSAGES.notAnImage);
    await refused(await plain(9, 9).tiff().toBuffer(), UPLOAD_MESSAGES.notAnImage);
  });

  it('a truncated JPEG whose header still reads fine', async () => {
    const full = await canvas(800, 600).jpeg().toBuffer();
    const half = full.subarray(0, Math.floor(full.length / 2));
    expect((await sharp(half).metadata()).width).toBe(800);
    await refused(half, UPLOAD_MESSAGES.photoCorrupt);
  });

  it('a PNG declaring 30000×30000 pixels, quickly and without decoding', async () => {
    const bomb = Buffer.from(await plain(1, 1).png().toBuffer());
    bomb.writeUInt32BE(30_000, 16);
    bomb.writeUInt32BE(30_000, 20);
    bomb.writeUInt32BE(crc32(bomb.subarray(12, 29)), 29); // IHDR CRC covers type + data
    expect((await sharp(bomb, { limitInputPixels: false }).metadata()).width).toBe(30_000);
    const started = performance.now();
    await refused(bomb, UPLOAD_MESSAGES.tooManyPixels);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('a strip too tall to encode even at 1600 wide', async () => {
    await refused(await plain(100, 17_000).png().toBuffer(), UPLOAD_MESSAGES.tooManyPixels);
  });

  it('a file over 10 MB before looking at it', async () => {
    const big = Buffer.concat([await plain(9, 9).jpeg().toBuffer(), Buffer.alloc(PHOTO_MAX_BYTES)]);
    await refused(big, UPLOAD_MESSAGES.photoTooLarge);
  });
});
