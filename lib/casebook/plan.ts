/**
 * Where everything falls in a casebook, worked out from the counts alone before a page is written: pdfkit
 * streams pages out as they are finished, so the table of contents (page 2 on) must know every page number
 * first. That holds because each example takes exactly one page (its text is cut to fit) and every table
 * row has a fixed height.
 */
export const TOC_ROWS_PER_PAGE = 30;
/** Rows of the per-commune totals table on each page after the first totals page. */
export const TOTAL_ROWS_PER_PAGE = 34;

export interface CasebookPlan {
  tocPages: number;
  /** Page number of each commune's first example, in the order given. */
  communeStarts: number[];
  totalsStart: number;
  totalsPages: number;
  pageCount: number;
}

export function planCasebook(communes: readonly { examples: number }[]): CasebookPlan {
  // One row per commune, and one for the totals at the end.
  const tocPages = Math.max(1, Math.ceil((communes.length + 1) / TOC_ROWS_PER_PAGE));
  let next = 2 + tocPages;
  const communeStarts = communes.map((c) => {
    const start = next;
    next += c.examples;
    return start;
  });
  // A page of totals by kind, field and impact, then the commune table with its sum row.
  const totalsPages = 1 + Math.ceil((communes.length + 1) / TOTAL_ROWS_PER_PAGE);
  return { tocPages, communeStarts, totalsStart: next, totalsPages, pageCount: next - 1 + totalsPages };
}
