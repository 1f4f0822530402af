/**
 * Setting text on an A4 page at fixed places. Every call gives a height, so pdfkit cuts the text there (with
 * an ellipsis) instead of running onto a new page: one example must stay exactly one page, or the table of
 * contents, numbered before the pages are written, would point to the wrong ones.
 */
export const PAGE = { width: 595.28, height: 841.89, left: 50, right: 545.28 } as const;
export const CONTENT_WIDTH = PAGE.right - PAGE.left;

export const COLORS = { brand: '#9a1b12', ink: '#1c1917', muted: '#57534e', rule: '#d6d3d1', band: '#fbf3f1' } as const;

export type FontName = 'body' | 'bold';

export interface TextBox {
  x: number;
  y: number;
  width: number;
  size: number;
  /** Lines at most; the box's height follows from it. */
  lines?: number;
  /** Or a height in points. */
  height?: number;
  font?: FontName;
  color?: string;
  align?: 'left' | 'right' | 'center';
  lineGap?: number;
  /** Space after each line break in the text (between paragraphs). */
  paragraphGap?: number;
}

/** Sets `text` inside the box and returns the height it took. */
export function put(doc: PDFKit.PDFDocument, text: string, box: TextBox): number {
  const lineGap = box.lineGap ?? 0;
  doc
    .font(box.font ?? 'body')
    .fontSize(box.size)
    .fillColor(box.color ?? COLORS.ink);
  const lineHeight = doc.currentLineHeight(true) + lineGap;
  const height = box.height ?? lineHeight * (box.lines ?? 1);
  if (!text || height < lineHeight) return 0;
  const options = { width: box.width, height, ellipsis: true, align: box.align ?? 'left', lineGap, paragraphGap: box.paragraphGap ?? 0 };
  const used = Math.min(height, doc.heightOfString(text, options));
  doc.text(text, box.x, box.y, options);
  return used;
}

export interface RuleStyle {
  from?: number;
  to?: number;
  color?: string;
  width?: number;
}

export function rule(doc: PDFKit.PDFDocument, y: number, { from = PAGE.left, to = PAGE.right, color = COLORS.rule, width = 0.6 }: RuleStyle = {}): void {
  doc.save().moveTo(from, y).lineTo(to, y).lineWidth(width).strokeColor(color).stroke().restore();
}

export function pageNumber(doc: PDFKit.PDFDocument, text: string): void {
  put(doc, text, { x: PAGE.left, y: PAGE.height - 34, width: CONTENT_WIDTH, size: 8.5, color: COLORS.muted, align: 'right' });
}
