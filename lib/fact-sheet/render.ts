import PDFDocument from 'pdfkit';
import { paragraphs } from '@/lib/examples/present';
import { fitWords } from '@/lib/pdf/fit-text';
import { registerVietnameseFonts } from '@/lib/pdf/fonts';
import { qrPng } from '@/lib/pdf/qr';
import { SITE_NAME, SITE_TAGLINE } from '@/lib/site';
import type { FactSheetContent } from './content';
import { A4, BODY, COLORS, MARGIN, WIDTH, heading, textHeight } from './layout';
import { drawFooters, drawHeader, drawImpact, drawPhotoAndSummary } from './sections';

/** The example's photo, already a JPEG (PDF embeds JPEG and PNG, not the WebP files keep). */
export interface FactSheetPhoto {
  jpeg: Buffer;
  width: number;
  height: number;
  caption: string;
}

/** At most this many commendations, each with its QR; the rest are counted and left to the web page. */
const MAX_COMMENDATIONS = 3;
const QR_SMALL = 58;
const BOTTOM = A4.height - MARGIN.bottom;

type Block = { kind: 'heading' | 'paragraph'; text: string };

/**
 * An A4 fact sheet of at most two pages: the facts, photo, summary, figures and commendations first, then
 * the story flowing onto the second page, cut with "…" and a pointer to the web page where it ends.
 */
export async function renderFactSheet(content: FactSheetContent, photo: FactSheetPhoto | null): Promise<Buffer> {
  const shown = content.commendations.slice(0, MAX_COMMENDATIONS);
  const [pageQr, ...commendationQrs] = await Promise.all([qrPng(content.pageUrl), ...shown.map((c) => qrPng(c.verifyUrl))]);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: `Phiếu thông tin: ${content.title}`,
      Author: SITE_NAME,
      Subject: SITE_TAGLINE,
      CreationDate: new Date(content.versionAt),
    },
  });
  registerVietnameseFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  let y = drawHeader(doc, content, pageQr);
  y = drawPhotoAndSummary(doc, photo, content.summary, y);
  y = drawImpact(doc, content.impact, y);

  if (shown.length > 0) {
    const height = measureCommendations(doc, content, shown.length);
    if (y + height > BOTTOM) {
      doc.addPage();
      y = MARGIN.top;
    }
    y = drawCommendations(doc, content, commendationQrs, y);
  }
  const note = `Câu chuyện còn tiếp trên trang điển hình: ${content.pageUrl}`;
  const noteHeight = textHeight(doc, note, { font: 'italic', size: 8.5, width: WIDTH }) + 4;
  const flowed = drawFlow(doc, flowBlocks(content), y, BOTTOM - noteHeight);
  if (flowed.cut) {
    doc.font('italic').fontSize(8.5).fillColor(COLORS.muted);
    doc.text(note, MARGIN.left, flowed.y + 4, { width: WIDTH, link: content.pageUrl });
  }
  drawFooters(doc, content);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

function flowBlocks(content: FactSheetContent): Block[] {
  const blocks: Block[] = [{ kind: 'heading', text: 'Câu chuyện' }, ...paragraphs(content.story).map((text) => ({ kind: 'paragraph' as const, text }))];
  if (content.howItWorks) {
    blocks.push({ kind: 'heading', text: 'Cách mô hình vận hành' }, ...paragraphs(content.howItWorks).map((text) => ({ kind: 'paragraph' as const, text })));
  }
  return blocks;
}

/**
 * Lays the blocks out from `startY` to the foot of this page, then on a second page down to `lastBottom`;
 * what is left after that is cut. Returns where the text ended and whether anything was cut.
 */
function drawFlow(doc: PDFKit.PDFDocument, blocks: Block[], startY: number, lastBottom: number): { y: number; cut: boolean } {
  let y = startY;
  // The commendations may have filled the first page already.
  let onLastPage = doc.bufferedPageRange().count >= 2;
  const nextPage = () => {
    doc.addPage();
    onLastPage = true;
    y = MARGIN.top;
  };
  const queue = [...blocks];
  while (queue.length > 0) {
    const block = queue.shift()!;
    const bottom = onLastPage ? lastBottom : BOTTOM;
    if (block.kind === 'heading') {
      // A heading keeps at least two lines of its text with it.
      const needed = heading.height(doc, block.text) + 2 * textHeight(doc, 'Ag', { font: 'body', size: BODY.size, width: WIDTH });
      if (y + needed > bottom) {
        if (onLastPage) return { y, cut: true };
        nextPage();
      }
      y = heading.draw(doc, block.text, y);
      continue;
    }
    doc.font('body').fontSize(BODY.size);
    const fitted = fitWords(doc, block.text, { width: WIDTH, maxHeight: bottom - y, lineGap: BODY.lineGap, ellipsis: onLastPage });
    if (fitted.text) {
      doc.fillColor(COLORS.text).text(fitted.text, MARGIN.left, y, { width: WIDTH, lineGap: BODY.lineGap });
      y = doc.y + BODY.paragraphGap;
    }
    if (fitted.rest) {
      if (onLastPage) return { y, cut: true };
      nextPage();
      queue.unshift({ kind: 'paragraph', text: fitted.rest });
    }
  }
  return { y, cut: false };
}

function commendationLines(c: FactSheetContent['commendations'][number]) {
  return [
    { text: c.form, font: 'bold', size: 10, color: COLORS.text },
    { text: `${c.issuer} · ${c.decision}`, font: 'body', size: 9.5, color: COLORS.text },
    { text: `Xác minh: ${c.verifyUrl}`, font: 'body', size: 8, color: COLORS.muted },
  ] as const;
}

const ROW_GAP = 8;
const TEXT_X = MARGIN.left + QR_SMALL + 12;
const TEXT_WIDTH = WIDTH - QR_SMALL - 12;

function rowHeight(doc: PDFKit.PDFDocument, c: FactSheetContent['commendations'][number]): number {
  const text = commendationLines(c).reduce((sum, line) => sum + textHeight(doc, line.text, { font: line.font, size: line.size, width: TEXT_WIDTH }) + 2, 0);
  return Math.max(QR_SMALL, text) + ROW_GAP;
}

function measureCommendations(doc: PDFKit.PDFDocument, content: FactSheetContent, shown: number): number {
  if (shown === 0) return 0;
  const more = content.commendations.length > shown ? textHeight(doc, 'Ag', { font: 'body', size: 9, width: WIDTH }) + 4 : 0;
  return heading.height(doc, 'Biểu dương, khen thưởng') + content.commendations.slice(0, shown).reduce((sum, c) => sum + rowHeight(doc, c), 0) + more;
}

function drawCommendations(doc: PDFKit.PDFDocument, content: FactSheetContent, qrs: Buffer[], startY: number): number {
  let y = heading.draw(doc, 'Biểu dương, khen thưởng', startY);
  qrs.forEach((qr, i) => {
    const c = content.commendations[i]!;
    doc.image(qr, MARGIN.left, y, { width: QR_SMALL, height: QR_SMALL });
    doc.link(MARGIN.left, y, QR_SMALL, QR_SMALL, c.verifyUrl);
    let textY = y;
    for (const line of commendationLines(c)) {
      doc.font(line.font).fontSize(line.size).fillColor(line.color).text(line.text, TEXT_X, textY, { width: TEXT_WIDTH });
      textY = doc.y + 2;
    }
    y += rowHeight(doc, c);
  });
  const more = content.commendations.length - qrs.length;
  if (more > 0) {
    doc.font('body').fontSize(9).fillColor(COLORS.muted).text(`Và ${more} khen thưởng khác: xem trên trang điển hình.`, MARGIN.left, y, { width: WIDTH });
    y = doc.y + 4;
  }
  return y;
}
