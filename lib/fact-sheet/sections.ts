import { HOST_AUTHORITY, SITE_NAME, SITE_TAGLINE } from '@/lib/site';
import type { FactSheetContent } from './content';
import { A4, COLORS, MARGIN, WIDTH, heading, textHeight } from './layout';
import type { FactSheetPhoto } from './render';

const QR_PAGE = 96;

/** The band, kind and field, title, name, place and the QR code to the example's page. Returns the next y. */
export function drawHeader(doc: PDFKit.PDFDocument, content: FactSheetContent, pageQr: Buffer): number {
  const top = MARGIN.top - 20;
  doc
    .font('bold')
    .fontSize(8)
    .fillColor(COLORS.brand)
    .text(`${SITE_NAME.toUpperCase()} · ${SITE_TAGLINE}`, MARGIN.left, top, { width: WIDTH - 150 });
  doc
    .font('bold')
    .fontSize(8)
    .fillColor(COLORS.muted)
    .text('PHIẾU THÔNG TIN ĐIỂN HÌNH', MARGIN.left + WIDTH - 150, top, { width: 150, align: 'right' });
  doc
    .moveTo(MARGIN.left, top + 14)
    .lineTo(MARGIN.left + WIDTH, top + 14)
    .lineWidth(1.5)
    .strokeColor(COLORS.gold)
    .stroke();

  const y0 = MARGIN.top + 4;
  const left = WIDTH - QR_PAGE - 18;
  doc.font('bold').fontSize(8.5).fillColor(COLORS.brand).text(content.kindAndField.toUpperCase(), MARGIN.left, y0, { width: left, characterSpacing: 0.4 });
  doc
    .font('bold')
    .fontSize(17)
    .fillColor(COLORS.text)
    .text(content.title, MARGIN.left, doc.y + 3, { width: left, lineGap: 1 });
  doc
    .font('body')
    .fontSize(11)
    .fillColor(COLORS.text)
    .text(content.nomineeName, MARGIN.left, doc.y + 4, { width: left });
  doc
    .font('body')
    .fontSize(9.5)
    .fillColor(COLORS.muted)
    .text(content.place, MARGIN.left, doc.y + 2, { width: left });
  const textBottom = doc.y;

  const qrX = MARGIN.left + WIDTH - QR_PAGE;
  doc.image(pageQr, qrX, y0 - 4, { width: QR_PAGE, height: QR_PAGE });
  doc.link(qrX, y0 - 4, QR_PAGE, QR_PAGE, content.pageUrl);
  doc
    .font('body')
    .fontSize(7)
    .fillColor(COLORS.muted)
    .text('Quét mã để xem trên web', qrX - 6, y0 + QR_PAGE - 6, { width: QR_PAGE + 12, align: 'center' });
  let y = Math.max(textBottom, doc.y) + 10;

  const approved = content.updatedOn ? `${content.approvedOn} · cập nhật lần ${content.version} ngày ${content.updatedOn}` : content.approvedOn;
  const facts: [string, string][] = [
    ['Phong trào', content.campaign],
    ['Đơn vị giới thiệu', content.unitName],
    ['Ngày công nhận', approved],
  ];
  for (const [label, value] of facts) {
    doc.font('body').fontSize(8.5).fillColor(COLORS.muted).text(label, MARGIN.left, y, { width: 95 });
    doc
      .font('body')
      .fontSize(9)
      .fillColor(COLORS.text)
      .text(value, MARGIN.left + 100, y, { width: WIDTH - 100 });
    y = doc.y + 2;
  }
  doc
    .moveTo(MARGIN.left, y + 4)
    .lineTo(MARGIN.left + WIDTH, y + 4)
    .lineWidth(0.5)
    .strokeColor(COLORS.rule)
    .stroke();
  return y + 12;
}

const PHOTO_WIDTH = 218;
const PHOTO_MAX_HEIGHT = 164;

/** The photo on the left (when there is one) and the summary beside it, set off by a gold bar. */
export function drawPhotoAndSummary(doc: PDFKit.PDFDocument, photo: FactSheetPhoto | null, summary: string, y: number): number {
  let photoBottom = y;
  let summaryX = MARGIN.left;
  if (photo) {
    const height = Math.min(PHOTO_MAX_HEIGHT, (PHOTO_WIDTH * photo.height) / photo.width);
    const width = Math.min(PHOTO_WIDTH, (height * photo.width) / photo.height);
    doc.image(photo.jpeg, MARGIN.left, y, { width, height });
    photoBottom = y + height;
    if (photo.caption) {
      doc
        .font('italic')
        .fontSize(7.5)
        .fillColor(COLORS.muted)
        .text(photo.caption, MARGIN.left, photoBottom + 3, { width: PHOTO_WIDTH });
      photoBottom = doc.y;
    }
    summaryX = MARGIN.left + PHOTO_WIDTH + 16;
  }
  const summaryWidth = MARGIN.left + WIDTH - summaryX - 12;
  const height = textHeight(doc, summary, { font: 'body', size: 10.5, width: summaryWidth, lineGap: 2.5 });
  doc
    .rect(summaryX, y, 3, height + 8)
    .fillColor(COLORS.gold)
    .fill();
  doc
    .font('body')
    .fontSize(10.5)
    .fillColor(COLORS.text)
    .text(summary, summaryX + 12, y + 4, { width: summaryWidth, lineGap: 2.5 });
  return Math.max(photoBottom, y + height + 8) + 6;
}

const PER_ROW = 4;
const BOX_GAP = 8;
const BOX_HEIGHT = 46;

/** The impact figures as a grid of boxes, four to a row. */
export function drawImpact(doc: PDFKit.PDFDocument, impact: FactSheetContent['impact'], startY: number): number {
  if (impact.length === 0) return startY;
  let y = heading.draw(doc, 'Hiệu quả đối với hộ nghèo', startY);
  const boxWidth = (WIDTH - BOX_GAP * (PER_ROW - 1)) / PER_ROW;
  impact.forEach((figure, i) => {
    const x = MARGIN.left + (i % PER_ROW) * (boxWidth + BOX_GAP);
    const top = y + Math.floor(i / PER_ROW) * (BOX_HEIGHT + BOX_GAP);
    doc.roundedRect(x, top, boxWidth, BOX_HEIGHT, 3).lineWidth(0.5).fillAndStroke(COLORS.panel, COLORS.rule);
    doc
      .font('body')
      .fontSize(7.5)
      .fillColor(COLORS.muted)
      .text(figure.label, x + 6, top + 5, { width: boxWidth - 12, height: 20, ellipsis: true });
    doc
      .font('bold')
      .fontSize(13)
      .fillColor(COLORS.text)
      .text(figure.value, x + 6, top + BOX_HEIGHT - 20, { width: boxWidth - 12 });
  });
  y += Math.ceil(impact.length / PER_ROW) * (BOX_HEIGHT + BOX_GAP);
  return y;
}

/** Every page: where the sheet comes from and its page number, in the bottom margin. */
export function drawFooters(doc: PDFKit.PDFDocument, content: FactSheetContent): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    // Text in the margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    const y = A4.height - MARGIN.bottom + 22;
    doc
      .moveTo(MARGIN.left, y - 6)
      .lineTo(MARGIN.left + WIDTH, y - 6)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();
    doc.font('body').fontSize(7.5).fillColor(COLORS.muted);
    doc.text(`${SITE_NAME} — ${HOST_AUTHORITY} · Phiếu thông tin điển hình, phiên bản ${content.version}`, MARGIN.left, y, {
      width: WIDTH - 70,
      lineBreak: false,
    });
    doc.text(`Trang ${i - range.start + 1}/${range.count}`, MARGIN.left + WIDTH - 70, y, { width: 70, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
}
