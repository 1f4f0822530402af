import type { CasebookExample } from '@/db/queries/casebook';
import { FIELD_LABELS, IMPACT_FIGURE_KEYS, IMPACT_LABELS, NOMINEE_KIND_LABELS } from '@/lib/domain/vocabulary';
import { paragraphs, publicNomineeName } from '@/lib/examples/present';
import { formatNumber } from '@/lib/format';
import { CASEBOOK_TEXT } from './messages';
import { COLORS, CONTENT_WIDTH, PAGE, pageNumber, put, rule } from './typeset';

export interface ExamplePageInput {
  example: CasebookExample;
  /** Absolute address of the example's page, which the QR code carries. */
  url: string;
  qr: Buffer;
  /** The latest commendation's verify page and its QR code, printed beside the page's own. */
  verify: { url: string; qr: Buffer; label: string } | null;
  /** JPEG or PNG bytes of the first public photo, or null. */
  photo: Buffer | null;
  pageNumber: number;
  /** The campaign and year, at the top of every example page. */
  running: string;
}

const IMPACT_TOP = 642;
const IMPACT_HEIGHT = 88;
const QR_TOP = 740;
const QR_SIZE = 72;

export function placeLine(example: Pick<CasebookExample, 'commune' | 'district' | 'province' | 'nowPartOf'>): string {
  const place = [example.commune.name, example.district?.name, example.province?.name].filter(Boolean).join(', ');
  const changed = example.nowPartOf.filter((c) => !(c.code === example.commune.code && example.commune.tree === '2025'));
  return changed.length ? `${place} · ${CASEBOOK_TEXT.nowPartOf} ${changed.map((c) => c.name).join('; ')}` : place;
}

function figures(example: CasebookExample): { label: string; value: string }[] {
  const out = IMPACT_FIGURE_KEYS.filter((key) => (example.impact[key] ?? 0) > 0).map((key) => ({
    label: IMPACT_LABELS[key],
    value: formatNumber(example.impact[key]!),
  }));
  if (example.impact.startedYear) out.push({ label: IMPACT_LABELS.startedYear, value: String(example.impact.startedYear) });
  return out.slice(0, 6);
}

function drawFigures(doc: PDFKit.PDFDocument, list: { label: string; value: string }[]): void {
  const width = CONTENT_WIDTH / 3;
  doc.save().rect(PAGE.left, IMPACT_TOP, CONTENT_WIDTH, IMPACT_HEIGHT).fill(COLORS.band).restore();
  list.forEach((figure, i) => {
    const x = PAGE.left + 10 + (i % 3) * width;
    const y = IMPACT_TOP + 8 + Math.floor(i / 3) * 40;
    put(doc, figure.value, { x, y, width: width - 16, size: 13, font: 'bold', color: COLORS.brand });
    put(doc, figure.label, { x, y: y + 17, width: width - 16, size: 8, color: COLORS.muted, lines: 2 });
  });
}

/** One example on exactly one page: what it is, where, who nominated it, a photo, its story cut to fit, its figures, and a QR code to its page. */
export function drawExamplePage(doc: PDFKit.PDFDocument, input: ExamplePageInput): void {
  const { example } = input;
  doc.addPage();
  put(doc, input.running, { x: PAGE.left, y: 34, width: CONTENT_WIDTH * 0.6, size: 8.5, color: COLORS.muted });
  put(doc, example.commune.name, { x: PAGE.left + CONTENT_WIDTH * 0.6, y: 34, width: CONTENT_WIDTH * 0.4, size: 8.5, color: COLORS.muted, align: 'right' });
  rule(doc, 50);

  const kicker = [NOMINEE_KIND_LABELS[example.nomineeKind], FIELD_LABELS[example.field], CASEBOOK_TEXT.year(example.year)].join(' · ');
  let y = 64;
  y += put(doc, kicker.toLocaleUpperCase('vi'), { x: PAGE.left, y, width: CONTENT_WIDTH, size: 8.5, font: 'bold', color: COLORS.brand }) + 4;
  y += put(doc, example.title, { x: PAGE.left, y, width: CONTENT_WIDTH, size: 17, font: 'bold', lines: 3 }) + 6;
  y += put(doc, publicNomineeName(example), { x: PAGE.left, y, width: CONTENT_WIDTH, size: 11, font: 'bold', color: COLORS.ink }) + 2;
  y += put(doc, placeLine(example), { x: PAGE.left, y, width: CONTENT_WIDTH, size: 9.5, color: COLORS.muted, lines: 2 });
  y += put(doc, CASEBOOK_TEXT.unit(example.unitName), { x: PAGE.left, y, width: CONTENT_WIDTH, size: 9.5, color: COLORS.muted }) + 10;

  if (input.photo) {
    doc.image(input.photo, PAGE.left, y, { fit: [CONTENT_WIDTH, 180], align: 'center', valign: 'center' });
    y += 190;
  }
  y += put(doc, example.summary, { x: PAGE.left, y, width: CONTENT_WIDTH, size: 11, lines: 6, lineGap: 1.5 }) + 8;

  const list = figures(example);
  const storyBottom = (list.length ? IMPACT_TOP : QR_TOP) - 12;
  const story = paragraphs(example.story || example.howItWorks || '').join('\n');
  if (storyBottom - y > 14) {
    const style = { x: PAGE.left, y, width: CONTENT_WIDTH, size: 10, height: storyBottom - y, lineGap: 1.5, paragraphGap: 4 };
    put(doc, story || CASEBOOK_TEXT.noStory, { ...style, color: story ? COLORS.ink : COLORS.muted });
  }
  if (list.length) drawFigures(doc, list);

  // With a commendation, the row splits in two: the page's QR on the left, the verify QR on the right.
  const half = input.verify ? CONTENT_WIDTH / 2 : CONTENT_WIDTH;
  const textWidth = half - QR_SIZE - 12 - (input.verify ? 8 : 0);
  doc.image(input.qr, PAGE.left, QR_TOP, { width: QR_SIZE, height: QR_SIZE });
  put(doc, CASEBOOK_TEXT.qrNote, { x: PAGE.left + QR_SIZE + 12, y: QR_TOP + 8, width: textWidth, size: 8.5, color: COLORS.muted, lines: 2 });
  put(doc, input.url, { x: PAGE.left + QR_SIZE + 12, y: QR_TOP + 34, width: textWidth, size: 8, color: COLORS.brand, lines: 3 });
  // The QR code and the address are also a link, for whoever reads the file on screen.
  doc.link(PAGE.left, QR_TOP, half, QR_SIZE, input.url);
  if (input.verify) {
    const x = PAGE.left + half;
    doc.image(input.verify.qr, x, QR_TOP, { width: QR_SIZE, height: QR_SIZE });
    put(doc, CASEBOOK_TEXT.verifyNote, { x: x + QR_SIZE + 12, y: QR_TOP + 8, width: textWidth, size: 8.5, color: COLORS.muted });
    put(doc, input.verify.label, { x: x + QR_SIZE + 12, y: QR_TOP + 22, width: textWidth, size: 8, color: COLORS.ink, lines: 2 });
    put(doc, input.verify.url, { x: x + QR_SIZE + 12, y: QR_TOP + 46, width: textWidth, size: 8, color: COLORS.brand, lines: 2 });
    doc.link(x, QR_TOP, half, QR_SIZE, input.verify.url);
  }
  pageNumber(doc, CASEBOOK_TEXT.page(input.pageNumber));
}
