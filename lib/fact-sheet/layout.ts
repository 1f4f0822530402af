// The fact sheet's page, type and colours (the site's own: brand red, gold, stone greys).

export const A4 = { width: 595.28, height: 841.89 } as const;
/** The bottom margin holds the footer, so text flowing past it starts a page only where we say. */
export const MARGIN = { top: 44, left: 46, right: 46, bottom: 66 } as const;
export const WIDTH = A4.width - MARGIN.left - MARGIN.right;
export const COLORS = { brand: '#9a1b12', gold: '#c8962e', text: '#1c1917', muted: '#57534e', rule: '#d6d3d1', panel: '#f5f5f4' } as const;
export const BODY = { size: 10, lineGap: 2.5, paragraphGap: 6 } as const;

export type FontName = 'body' | 'bold' | 'italic';

export function textHeight(
  doc: PDFKit.PDFDocument,
  text: string,
  { font, size, width, lineGap = 0 }: { font: FontName; size: number; width: number; lineGap?: number },
) {
  return doc.font(font).fontSize(size).heightOfString(text, { width, lineGap });
}

/** A section heading: bold, brand red, with room above it. */
export const heading = {
  size: 12,
  above: 8,
  below: 5,
  height(doc: PDFKit.PDFDocument, text: string): number {
    return this.above + textHeight(doc, text, { font: 'bold', size: this.size, width: WIDTH }) + this.below;
  },
  draw(doc: PDFKit.PDFDocument, text: string, y: number): number {
    doc
      .font('bold')
      .fontSize(this.size)
      .fillColor(COLORS.brand)
      .text(text, MARGIN.left, y + this.above, { width: WIDTH });
    return doc.y + this.below;
  },
};
