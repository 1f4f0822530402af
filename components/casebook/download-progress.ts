// pdfkit writes each page's dictionary ("/Type /Page") as the page is finished, in plain text even when the
// content is compressed: counting them in the bytes received tells how far the server has got.
const PAGE_OBJECT = /\/Type \/Page\n/g;
const CARRY = '/Type /Page\n'.length - 1;

export interface PageCounter {
  pages: number;
  /** The end of the previous chunk, where a marker cut in two begins. */
  carry: string;
}

export function countPages(counter: PageCounter, chunk: Uint8Array): PageCounter {
  // latin1 maps every byte to one character, so binary data cannot hide or fake an ASCII marker.
  let text = counter.carry;
  for (let i = 0; i < chunk.length; i += 8192) text += String.fromCharCode(...chunk.subarray(i, i + 8192));
  const found = text.match(PAGE_OBJECT)?.length ?? 0;
  return { pages: counter.pages + found, carry: text.slice(-CARRY) };
}

const sizeFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

export function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${sizeFormat.format(bytes / (1024 * 1024))} MB`;
}

/** The file name in `Content-Disposition: attachment; filename="…"`, or a fallback. */
export function fileNameOf(disposition: string | null): string {
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? 'ky-yeu.pdf';
}
