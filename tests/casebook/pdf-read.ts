import { inflateSync } from 'node:zlib';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { extractText, getDocumentProxy } from 'unpdf';

/** The text of each page, as a PDF reader extracts it (pdf.js), NFC. */
export async function pageTexts(pdf: Uint8Array): Promise<string[]> {
  const proxy = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(proxy, { mergePages: false });
  return text.map((t) => t.normalize('NFC'));
}

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

/** The file's objects by number: enough of a reader for pdfkit's plain (uncompressed) object layout. */
function readObjects(pdf: Uint8Array): Map<number, PdfObject> {
  const text = Buffer.from(pdf).toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const match of text.matchAll(/(?:^|\n)(\d+) 0 obj\n/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('\nendobj', start);
    const body = text.slice(start, end);
    const at = body.indexOf('\nstream\n');
    objects.set(Number(match[1]), {
      dict: at === -1 ? body : body.slice(0, at),
      stream: at === -1 ? null : Buffer.from(body.slice(at + 8, body.lastIndexOf('\nendstream')), 'latin1'),
    });
  }
  return objects;
}

const refs = (text: string) => [...text.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
const numberIn = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+)`).exec(dict)?.[1] ?? NaN);

/** A PNG file around an image stream kept with PNG predictors (its bytes are the PNG's IDAT data as they were). */
function pngFromPredicted(dict: string, data: Buffer): PNG {
  const colors = numberIn(dict, 'Colors') || 1;
  const chunk = (type: string, body: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(body.length);
    const crcInput = Buffer.concat([Buffer.from(type, 'latin1'), body]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(crcInput));
    return Buffer.concat([length, crcInput, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(numberIn(dict, 'Width'), 0);
  header.writeUInt32BE(numberIn(dict, 'Height'), 4);
  header[8] = numberIn(dict, 'BitsPerComponent');
  header[9] = colors === 3 ? 2 : 0;
  const file = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', header), chunk('IDAT', data), chunk('IEND', Buffer.alloc(0))]);
  return PNG.sync.read(file);
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return ~crc >>> 0;
}

/** RGBA pixels of a flate-encoded image XObject (a QR code); null for photos (JPEG) and others. */
function imagePixels(image: PdfObject): { data: Uint8ClampedArray; width: number; height: number } | null {
  if (!image.stream || !/\/Filter \/FlateDecode/.test(image.dict)) return null;
  const width = numberIn(image.dict, 'Width');
  const height = numberIn(image.dict, 'Height');
  if (/\/Predictor/.test(image.dict)) return { data: new Uint8ClampedArray(pngFromPredicted(image.dict, image.stream).data), width, height };
  const raw = inflateSync(image.stream);
  const channels = /DeviceRGB/.test(image.dict) ? 3 : 1;
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    for (let c = 0; c < 3; c++) data[i * 4 + c] = raw[i * channels + (channels === 3 ? c : 0)]!;
    data[i * 4 + 3] = 255;
  }
  return { data, width, height };
}

/** Per page (in order), what its QR codes say and how many photos (JPEG images) it shows. */
export function pageImages(pdf: Uint8Array): { qr: string[]; photos: number }[] {
  const objects = readObjects(pdf);
  const root = [...objects.values()].find((o) => /\/Type \/Pages\b/.test(o.dict))!;
  const kids = refs(/\/Kids \[([^\]]*)\]/.exec(root.dict)![1]!);
  return kids.map((pageRef) => {
    const page = objects.get(pageRef)!.dict;
    const resourcesRef = /\/Resources (\d+) 0 R/.exec(page)?.[1];
    const resources = resourcesRef ? objects.get(Number(resourcesRef))!.dict : page;
    const xobjects = /\/XObject <<([\s\S]*?)>>/.exec(resources)?.[1] ?? '';
    const images = refs(xobjects).map((ref) => objects.get(ref)!);
    return {
      qr: images.flatMap((image) => {
        const pixels = imagePixels(image);
        const code = pixels && jsQR(pixels.data, pixels.width, pixels.height);
        return code ? [code.data] : [];
      }),
      photos: images.filter((image) => /\/Filter \/DCTDecode/.test(image.dict)).length,
    };
  });
}
