import type { CasebookSummary } from '@/db/queries/casebook';
import { FIELD_LABELS, IMPACT_FIGURE_KEYS, IMPACT_LABELS, NOMINEE_KIND_LABELS } from '@/lib/domain/vocabulary';
import { formatNumber } from '@/lib/format';
import { communeLine, holdsBothTrees } from './front-pages';
import { CASEBOOK_TEXT } from './messages';
import { TOTAL_ROWS_PER_PAGE, type CasebookPlan } from './plan';
import { COLORS, CONTENT_WIDTH, PAGE, pageNumber, put, rule } from './typeset';

const ROW = 19;

interface Column {
  x: number;
  width: number;
  align?: 'left' | 'right';
}

function tableRow(doc: PDFKit.PDFDocument, y: number, columns: Column[], cells: string[], { head = false, bold = false } = {}): void {
  cells.forEach((cell, i) => {
    const c = columns[i]!;
    put(doc, cell, {
      x: c.x,
      y,
      width: c.width,
      size: head ? 9 : 10,
      font: head || bold ? 'bold' : 'body',
      color: head ? COLORS.muted : COLORS.ink,
      align: c.align,
    });
  });
  rule(doc, y + ROW - 5, head ? { color: COLORS.ink } : {});
}

function heading(doc: PDFKit.PDFDocument, text: string, y: number): number {
  put(doc, text, { x: PAGE.left, y, width: CONTENT_WIDTH, size: 12.5, font: 'bold', color: COLORS.brand });
  return y + 24;
}

const PAIR: Column[] = [
  { x: PAGE.left, width: 380 },
  { x: PAGE.left + 385, width: CONTENT_WIDTH - 385, align: 'right' },
];

function pairTable(doc: PDFKit.PDFDocument, y: number, rows: [string, string][]): number {
  rows.forEach(([label, value], i) => tableRow(doc, y + i * ROW, PAIR, [label, value]));
  return y + rows.length * ROW + 14;
}

const BY_COMMUNE: Column[] = [
  { x: PAGE.left, width: 270 },
  { x: PAGE.left + 275, width: 65, align: 'right' },
  { x: PAGE.left + 345, width: 75, align: 'right' },
  { x: PAGE.left + 425, width: CONTENT_WIDTH - 425, align: 'right' },
];

/** Totals by kind, field and impact on one page, then the per-commune table: `plan.totalsPages` pages in all. */
export function drawTotals(doc: PDFKit.PDFDocument, summary: CasebookSummary, plan: CasebookPlan, subtitle: string): void {
  let page = plan.totalsStart;
  doc.addPage();
  put(doc, CASEBOOK_TEXT.totals, { x: PAGE.left, y: 56, width: CONTENT_WIDTH, size: 18, font: 'bold' });
  put(doc, subtitle, { x: PAGE.left, y: 82, width: CONTENT_WIDTH, size: 10, color: COLORS.muted, lines: 2 });
  let y = heading(doc, CASEBOOK_TEXT.byKind, 118);
  y = pairTable(doc, y, [
    ...summary.byKind.map((k): [string, string] => [NOMINEE_KIND_LABELS[k.kind], formatNumber(k.examples)]),
    [CASEBOOK_TEXT.allRow, formatNumber(summary.examples)],
  ]);
  y = heading(doc, CASEBOOK_TEXT.byField, y);
  y = pairTable(
    doc,
    y,
    summary.byField.map((f) => [FIELD_LABELS[f.field], formatNumber(f.examples)]),
  );
  y = heading(doc, CASEBOOK_TEXT.impact, y);
  pairTable(
    doc,
    y,
    IMPACT_FIGURE_KEYS.map((key) => [IMPACT_LABELS[key], formatNumber(summary.impact[key])]),
  );
  pageNumber(doc, CASEBOOK_TEXT.page(page++));

  const sum = (key: 'examples' | 'householdsEscaped' | 'beneficiaryHouseholds') => formatNumber(summary.communes.reduce((n, c) => n + c[key], 0));
  const bothTrees = holdsBothTrees(summary.communes);
  const rows = [
    ...summary.communes.map((c) => ({
      cells: [communeLine(c, bothTrees), formatNumber(c.examples), formatNumber(c.householdsEscaped), formatNumber(c.beneficiaryHouseholds)],
      bold: false,
    })),
    { cells: [CASEBOOK_TEXT.allRow, sum('examples'), sum('householdsEscaped'), sum('beneficiaryHouseholds')], bold: true },
  ];
  for (let from = 0; from < rows.length; from += TOTAL_ROWS_PER_PAGE) {
    doc.addPage();
    put(doc, from === 0 ? CASEBOOK_TEXT.byCommune : CASEBOOK_TEXT.byCommuneContinued, { x: PAGE.left, y: 56, width: CONTENT_WIDTH, size: 14, font: 'bold' });
    tableRow(doc, 88, BY_COMMUNE, [CASEBOOK_TEXT.communeColumn, CASEBOOK_TEXT.examplesColumn, CASEBOOK_TEXT.escapedColumn, CASEBOOK_TEXT.beneficiaryColumn], {
      head: true,
    });
    rows.slice(from, from + TOTAL_ROWS_PER_PAGE).forEach((row, i) => tableRow(doc, 88 + (i + 1) * ROW, BY_COMMUNE, row.cells, { bold: row.bold }));
    pageNumber(doc, CASEBOOK_TEXT.page(page++));
  }
}
