import 'server-only';
import { createHash } from 'node:crypto';
import sharp, { type Metadata } from 'sharp';
import { PHOTO_LARGE_WIDTH, PHOTO_MAX_BYTES, PHOTO_THUMB_WIDTH, UPLOAD_MESSAGES } from './limits';

export type ProcessedPhoto = { ok: true; large: Buffer; thumb: Buffer; width: number; height: number; sha256: string };
export type PhotoResult = ProcessedPhoto | { ok: false; message: string };

const MAX_INPUT_PIXELS = 40_000_000;
// WebP cannot encode a longer side; a very tall strip would otherwise fail later as "corrupt".
const WEBP_MAX_SIDE = 16_383;
const ACCEPTED_FORMATS: ReadonlySet<Metadata['format']> = new Set(['jpeg', 'png', 'webp', 'heif']);

const refuse = (message: string): PhotoResult => ({ ok: false, message });

/**
 * Looks at the magic bytes before libvips sees the file, so SVG/XML, TIFF and the other
 * loaders sharp bundles are never run on untrusted input. sharp's own format check follows.
 */
function looksLikeAcceptedImage(bytes: Uint8Array): boolean {
  const ascii = (start: number, end: number) => Buffer.from(bytes.subarray(start, end)).toString('latin1');
  const isJpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  const isPng = ascii(0, 8) === '\x89PNG\r\n\x1a\n';
  const isWebp = ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP';
  const isHeif = ascii(4, 8) === 'ftyp';
  return isJpeg || isPng || isWebp || isHeif;
}

export async function processPhoto(bytes: Uint8Array): Promise<PhotoResult> {
  if (bytes.byteLength === 0) return refuse(UPLOAD_MESSAGES.empty);
  if (bytes.byteLength > PHOTO_MAX_BYTES) return refuse(UPLOAD_MESSAGES.photoTooLarge);
  if (!looksLikeAcceptedImage(bytes)) return refuse(UPLOAD_MESSAGES.notAnImage);

  let metadata: Metadata;
  try {
    // Header only, without the pixel limit: with it sharp throws a generic error and the
    // user would be told the file is not an image instead of being told it is too big.
    metadata = await sharp(bytes, { failOn: 'error', limitInputPixels: false }).metadata();
  } catch {
    return refuse(UPLOAD_MESSAGES.notAnImage);
  }
  if (!ACCEPTED_FORMATS.has(metadata.format)) return refuse(UPLOAD_MESSAGES.notAnImage);
  const { width, height } = metadata;
  if (!width || !height) return refuse(UPLOAD_MESSAGES.photoCorrupt);
  // Refusing by declared size keeps a decompression bomb from ever being decoded.
  if (width * height > MAX_INPUT_PIXELS) return refuse(UPLOAD_MESSAGES.tooManyPixels);
  const upright = metadata.autoOrient;
  if (upright.height * Math.min(1, PHOTO_LARGE_WIDTH / upright.width) > WEBP_MAX_SIDE) {
    return refuse(UPLOAD_MESSAGES.tooManyPixels);
  }

  try {
    return await encode(bytes);
  } catch {
    // A HEIC that fails here is usually HEVC, which the bundled libheif cannot decode.
    return refuse(metadata.format === 'heif' ? UPLOAD_MESSAGES.notAnImage : UPLOAD_MESSAGES.photoCorrupt);
  }
}

async function encode(bytes: Uint8Array): Promise<ProcessedPhoto> {
  // failOn 'error' also fails on truncated data; metadata is dropped because neither
  // keepMetadata nor withMetadata is called, which is what removes EXIF and GPS.
  const oriented = sharp(bytes, { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS }).rotate();
  const [large, thumb] = await Promise.all([
    oriented.clone().resize({ width: PHOTO_LARGE_WIDTH, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer({ resolveWithObject: true }),
    oriented.clone().resize({ width: PHOTO_THUMB_WIDTH, withoutEnlargement: true }).webp({ quality: 72 }).toBuffer(),
  ]);
  return {
    ok: true,
    large: large.data,
    thumb,
    width: large.info.width,
    height: large.info.height,
    sha256: createHash('sha256').update(large.data).digest('hex'),
  };
}
