import type { CasebookExample, CasebookSummary } from '@/db/queries/casebook';
import { drawExamplePage } from './example-page';
import { drawContents, drawCover, type CoverFacts } from './front-pages';
import { CASEBOOK_TEXT } from './messages';
import { planCasebook, type CasebookPlan } from './plan';
import { drawTotals } from './totals-pages';
import { COLORS, CONTENT_WIDTH, PAGE, pageNumber, put } from './typeset';

export interface CasebookContent {
  cover: Omit<CoverFacts, 'examples' | 'communes'>;
  /** "Phong trào 2021–2025 · Năm 2023", at the top of each example page. */
  running: string;
  summary: CasebookSummary;
  /** The examples in the summary's commune order, a batch at a time. */
  batches: AsyncIterable<CasebookExample[]>;
  exampleUrl: (slug: string) => string;
  /** The public verify page of a commendation, by its code. */
  verifyUrl: (code: string) => string;
  qr: (url: string) => Promise<Buffer>;
  photo: (key: string) => Promise<Buffer | null>;
}

/** Resolves false when the reader went away: stop writing. */
export type WaitForRoom = () => Promise<boolean>;

const communeKey = (c: { tree: string; code: string }) => `${c.tree}:${c.code}`;

// An example unpublished between the count and its page keeps its page number, so the contents stay right.
function drawGone(doc: PDFKit.PDFDocument, pageNo: number): void {
  doc.addPage();
  put(doc, CASEBOOK_TEXT.gone, { x: PAGE.left, y: 120, width: CONTENT_WIDTH, size: 12, color: COLORS.muted, lines: 2 });
  pageNumber(doc, CASEBOOK_TEXT.page(pageNo));
}

/**
 * Writes the whole casebook into `doc`, page by page, waiting for room after each one so that at most a
 * page or so is held beyond what the reader has taken. Returns the plan it followed, or null when stopped.
 */
export async function writeCasebook(doc: PDFKit.PDFDocument, content: CasebookContent, waitForRoom: WaitForRoom): Promise<CasebookPlan | null> {
  const { summary } = content;
  const plan = planCasebook(summary.communes);
  drawCover(doc, { ...content.cover, examples: summary.examples, communes: summary.communes.length });
  drawContents(doc, summary.communes, plan);
  if (!(await waitForRoom())) return null;

  const index = new Map(summary.communes.map((c, i) => [communeKey(c), i]));
  const written = summary.communes.map(() => 0);
  let current = 0;
  const fillUpTo = async (end: number): Promise<boolean> => {
    for (; current < end; current++) {
      for (; written[current]! < summary.communes[current]!.examples; written[current]!++) {
        drawGone(doc, plan.communeStarts[current]! + written[current]!);
        if (!(await waitForRoom())) return false;
      }
    }
    return true;
  };

  for await (const batch of content.batches) {
    for (const example of batch) {
      const at = index.get(communeKey(example.commune));
      // Approved after the count, or beyond it: left for the next casebook, which a new data version brings.
      if (at === undefined || at < current || written[at]! >= summary.communes[at]!.examples) continue;
      if (!(await fillUpTo(at))) return null;
      const url = content.exampleUrl(example.slug);
      const honour = example.commendation;
      const verifyUrl = honour ? content.verifyUrl(honour.verifyCode) : null;
      const [qr, photo, verifyQr] = await Promise.all([
        content.qr(url),
        example.photoKey ? content.photo(example.photoKey) : null,
        verifyUrl ? content.qr(verifyUrl) : null,
      ]);
      const verify = honour && verifyUrl && verifyQr ? { url: verifyUrl, qr: verifyQr, label: `${honour.form} — ${honour.issuer}` } : null;
      drawExamplePage(doc, { example, url, qr, photo, verify, pageNumber: plan.communeStarts[at]! + written[at]!, running: content.running });
      written[at]!++;
      if (!(await waitForRoom())) return null;
    }
  }
  if (!(await fillUpTo(summary.communes.length))) return null;
  drawTotals(doc, summary, plan, `${content.cover.areaLabel} · ${content.cover.yearLabel}`);
  return plan;
}
