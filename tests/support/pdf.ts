import jsQR from 'jsqr';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A PDF as a reader sees it: each page's text, and the QR codes its images hold, decoded. */
export interface ReadPdf {
  pages: number;
  /** Each page's text, items joined by spaces, in NFC. */
  text: string[];
  /** Each page's decoded QR codes, in drawing order. */
  qrCodes: string[][];
  /** How many images each page draws (QR codes included). */
  images: number[];
}

interface DecodedImage {
  width: number;
  height: number;
  kind: number;
  data: Uint8ClampedArray | Uint8Array;
}

/** pdf.js image kinds (ImageKind): 1 bit grey, 24-bit RGB, 32-bit RGBA. */
function toRgba(image: DecodedImage): Uint8ClampedArray {
  const pixels = image.width * image.height;
  if (image.kind === 3) return new Uint8ClampedArray(image.data);
  const out = new Uint8ClampedArray(pixels * 4);
  if (image.kind === 2) {
    for (let i = 0; i < pixels; i++) {
      out.set([image.data[i * 3]!, image.data[i * 3 + 1]!, image.data[i * 3 + 2]!, 255], i * 4);
    }
    return out;
  }
  const rowBytes = Math.ceil(image.width / 8);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const bit = (image.data[y * rowBytes + (x >> 3)]! >> (7 - (x & 7))) & 1;
      out.set(bit ? [255, 255, 255, 255] : [0, 0, 0, 255], (y * image.width + x) * 4);
    }
  }
  return out;
}

/**
 * Reads a PDF with pdf.js (the legacy build runs on Node 20): the text layer, and every image drawn on a
 * page passed through a QR decoder, so a test proves what a phone would scan from the printed page.
 */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const document = await getDocument({ data: new Uint8Array(bytes), isOffscreenCanvasSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const text: string[] = [];
  const qrCodes: string[][] = [];
  const images: number[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const content = await page.getTextContent();
    text.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .normalize('NFC'),
    );
    const operators = await page.getOperatorList();
    const found: string[] = [];
    let drawn = 0;
    for (let i = 0; i < operators.fnArray.length; i++) {
      if (operators.fnArray[i] !== OPS.paintImageXObject) continue;
      drawn++;
      const id = (operators.argsArray[i] as [string])[0];
      const image = await new Promise<DecodedImage>((resolve) => {
        page.objs.get(id, (decoded: DecodedImage) => resolve(decoded));
      });
      const decoded = jsQR(toRgba(image), image.width, image.height);
      if (decoded) found.push(decoded.data);
    }
    qrCodes.push(found);
    images.push(drawn);
  }
  const pages = document.numPages;
  await document.destroy();
  return { pages, text, qrCodes, images };
}
