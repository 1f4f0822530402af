/** How much of a paragraph fits a height, in whole words: for text that flows over pages or is cut. */
export interface Fitted {
  /** The words that fit, joined; with the ellipsis when asked for and something was left out. */
  text: string;
  /** The words left over, joined; empty when all fit. */
  rest: string;
}

/**
 * The longest run of leading words of `paragraph` whose height, set in the document's current font and
 * size at `width`, is at most `maxHeight`. With `ellipsis`, a cut paragraph ends in "…" and the ellipsis
 * is measured too. A binary search: a 20 000-character story costs a few dozen measurements.
 */
export function fitWords(
  doc: PDFKit.PDFDocument,
  paragraph: string,
  { width, maxHeight, lineGap, ellipsis = false }: { width: number; maxHeight: number; lineGap: number; ellipsis?: boolean },
): Fitted {
  const words = paragraph.split(/\s+/).filter(Boolean);
  const textOf = (n: number) => words.slice(0, n).join(' ') + (ellipsis && n < words.length ? ' …' : '');
  const fits = (n: number) => doc.heightOfString(textOf(n), { width, lineGap }) <= maxHeight;
  if (fits(words.length)) return { text: words.join(' '), rest: '' };
  let low = 0;
  let high = words.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  return { text: low === 0 ? '' : textOf(low), rest: words.slice(low).join(' ') };
}
