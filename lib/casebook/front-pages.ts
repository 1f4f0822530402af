import type { CasebookCommune } from '@/db/queries/casebook';
import { formatDate, formatNumber } from '@/lib/format';
import { treeNote } from '@/lib/reports/area-labels';
import { HOST_AUTHORITY, MOVEMENT_NAME, SITE_NAME } from '@/lib/site';
import { CASEBOOK_TEXT } from './messages';
import { TOC_ROWS_PER_PAGE, type CasebookPlan } from './plan';
import { COLORS, CONTENT_WIDTH, PAGE, pageNumber, put, rule } from './typeset';

export interface CoverFacts {
  campaignName: string;
  areaLabel: string;
  yearLabel: string;
  examples: number;
  communes: number;
  madeOn: Date;
  site: string;
}

export function drawCover(doc: PDFKit.PDFDocument, cover: CoverFacts): void {
  doc.addPage();
  doc.save().rect(0, 0, PAGE.width, 14).fill(COLORS.brand).restore();
  put(doc, SITE_NAME.toLocaleUpperCase('vi'), { x: PAGE.left, y: 70, width: CONTENT_WIDTH, size: 11, font: 'bold', color: COLORS.brand });
  put(doc, MOVEMENT_NAME, { x: PAGE.left, y: 88, width: CONTENT_WIDTH, size: 10, color: COLORS.muted, lines: 2 });
  rule(doc, 150, { color: COLORS.brand, width: 1.2, to: PAGE.left + 80 });
  put(doc, CASEBOOK_TEXT.kicker, { x: PAGE.left, y: 180, width: CONTENT_WIDTH, size: 44, font: 'bold', color: COLORS.brand });
  put(doc, CASEBOOK_TEXT.subtitle, { x: PAGE.left, y: 240, width: CONTENT_WIDTH, size: 14, color: COLORS.ink, lines: 2 });
  let y = 300;
  y += put(doc, cover.campaignName, { x: PAGE.left, y, width: CONTENT_WIDTH, size: 20, font: 'bold', lines: 4, lineGap: 2 }) + 24;
  y += put(doc, cover.areaLabel, { x: PAGE.left, y, width: CONTENT_WIDTH, size: 14, lines: 3 }) + 6;
  y += put(doc, cover.yearLabel, { x: PAGE.left, y, width: CONTENT_WIDTH, size: 14, font: 'bold' }) + 18;
  const counts = `${CASEBOOK_TEXT.examples(formatNumber(cover.examples))} · ${CASEBOOK_TEXT.communes(formatNumber(cover.communes))}`;
  put(doc, counts, { x: PAGE.left, y, width: CONTENT_WIDTH, size: 12, color: COLORS.muted });
  rule(doc, 720);
  put(doc, HOST_AUTHORITY, { x: PAGE.left, y: 732, width: CONTENT_WIDTH, size: 11, font: 'bold' });
  put(doc, CASEBOOK_TEXT.madeOn(formatDate(cover.madeOn)), { x: PAGE.left, y: 750, width: CONTENT_WIDTH, size: 10, color: COLORS.muted });
  put(doc, cover.site, { x: PAGE.left, y: 766, width: CONTENT_WIDTH, size: 10, color: COLORS.brand });
}

/**
 * "Xã Phú Nghĩa — Huyện Bù Gia Mập, Tỉnh Bình Phước". When a book holds communes of both trees, the new ones
 * say so: the old and the new Xã Đa Kia share a name.
 */
export function communeLine(c: Pick<CasebookCommune, 'tree' | 'name' | 'districtName' | 'provinceName'>, bothTrees = false): string {
  const parents = [c.districtName, c.provinceName].filter(Boolean).join(', ');
  const line = parents ? `${c.name} — ${parents}` : c.name;
  return bothTrees && c.tree === '2025' ? `${line} (${treeNote(c.tree)})` : line;
}

export function holdsBothTrees(communes: readonly Pick<CasebookCommune, 'tree'>[]): boolean {
  return new Set(communes.map((c) => c.tree)).size > 1;
}

const COLUMNS = { name: PAGE.left, nameWidth: 360, count: 420, countWidth: 60, page: 490, pageWidth: PAGE.right - 490 } as const;
const ROW = 20;

function contentsRow(doc: PDFKit.PDFDocument, y: number, row: { name: string; count: string; page: number; bold?: boolean }): void {
  const font = row.bold ? 'bold' : 'body';
  put(doc, row.name, { x: COLUMNS.name, y, width: COLUMNS.nameWidth, size: 10.5, font });
  put(doc, row.count, { x: COLUMNS.count, y, width: COLUMNS.countWidth, size: 10.5, font, align: 'right' });
  put(doc, String(row.page), { x: COLUMNS.page, y, width: COLUMNS.pageWidth, size: 10.5, font, align: 'right' });
  rule(doc, y + ROW - 5);
}

/** The table of contents by commune, on exactly `plan.tocPages` pages (page 2 on). */
export function drawContents(doc: PDFKit.PDFDocument, communes: readonly CasebookCommune[], plan: CasebookPlan): void {
  const bothTrees = holdsBothTrees(communes);
  const rows = [
    ...communes.map((c, i) => ({ name: communeLine(c, bothTrees), count: formatNumber(c.examples), page: plan.communeStarts[i]! })),
    { name: CASEBOOK_TEXT.totals, count: '', page: plan.totalsStart, bold: true },
  ];
  for (let p = 0; p < plan.tocPages; p++) {
    doc.addPage();
    put(doc, p === 0 ? CASEBOOK_TEXT.contents : `${CASEBOOK_TEXT.contents} (tiếp theo)`, { x: PAGE.left, y: 56, width: CONTENT_WIDTH, size: 18, font: 'bold' });
    const head = { size: 9, color: COLORS.muted, font: 'bold' } as const;
    put(doc, CASEBOOK_TEXT.communeColumn, { ...head, x: COLUMNS.name, y: 98, width: COLUMNS.nameWidth });
    put(doc, CASEBOOK_TEXT.examplesColumn, { ...head, x: COLUMNS.count, y: 98, width: COLUMNS.countWidth, align: 'right' });
    put(doc, CASEBOOK_TEXT.pageColumn, { ...head, x: COLUMNS.page, y: 98, width: COLUMNS.pageWidth, align: 'right' });
    rule(doc, 113, { color: COLORS.ink });
    rows.slice(p * TOC_ROWS_PER_PAGE, (p + 1) * TOC_ROWS_PER_PAGE).forEach((row, i) => contentsRow(doc, 120 + i * ROW, row));
    pageNumber(doc, CASEBOOK_TEXT.page(2 + p));
  }
}
