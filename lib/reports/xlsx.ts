import { PassThrough, Readable, type Stream } from 'node:stream';
import ExcelJS from 'exceljs';
import { REPORT_NOTES, TABLE_TITLES, type ReportHeading, type ReportTable, type SeasonReport } from '../domain/reports';
import { reportSubtitle, reportTitle } from './naming';
import { reportTable, type ReportCell, type ReportTableData } from './tables';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const NUMBER_FORMAT = '#,##0';
/** Title, subtitle, then the column headers: the rows that stay in view while scrolling. */
export const HEADER_ROW = 3;

const TABLES: ReportTable[] = ['commune', 'unit', 'level'];
const TEXT_WIDTHS: Record<ReportTable, number[]> = { commune: [9, 26, 24, 20, 24], unit: [46], level: [28] };
const FROZEN_COLUMNS: Record<ReportTable, number> = { commune: 2, unit: 1, level: 1 };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF1EEEA' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FFBFB8B0' } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function columnLetter(index: number): string {
  let n = index;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function addTableRow(sheet: ExcelJS.Worksheet, values: ReportCell[], data: ReportTableData, bold: boolean): void {
  const row = sheet.addRow(values);
  row.eachCell({ includeEmpty: true }, (cell, col) => {
    cell.border = BOX;
    if (bold) cell.font = { bold: true };
    if (col > data.textColumns) {
      cell.numFmt = NUMBER_FORMAT;
      cell.alignment = { horizontal: 'right' };
    }
  });
  row.commit();
}

function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, table: ReportTable, report: SeasonReport, heading: ReportHeading): void {
  const data = reportTable(report, table);
  const width = data.headers.length;
  const sheet = workbook.addWorksheet(TABLE_TITLES[table], {
    views: [{ state: 'frozen', xSplit: FROZEN_COLUMNS[table], ySplit: HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` },
  });
  sheet.columns = data.headers.map((header, i) => ({
    width: TEXT_WIDTHS[table][i] ?? (header.includes('đồng') ? 20 : 14),
  }));
  const last = columnLetter(width);

  // A streamed row can no longer be touched once committed: merge first.
  const title = sheet.addRow([reportTitle(heading)]);
  title.getCell(1).font = { bold: true, size: 14 };
  sheet.mergeCells(`A1:${last}1`);
  title.commit();
  const subtitle = sheet.addRow([`${TABLE_TITLES[table]} · ${reportSubtitle(heading)}`]);
  subtitle.getCell(1).font = { italic: true };
  sheet.mergeCells(`A2:${last}2`);
  subtitle.commit();

  const header = sheet.addRow(data.headers);
  header.height = 36;
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BOX;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  header.commit();

  for (const values of data.rows) addTableRow(sheet, values, data, false);
  addTableRow(sheet, data.total, data, true);

  sheet.addRow([]).commit();
  const notesTitle = sheet.addRow(['Cách tính:']);
  notesTitle.getCell(1).font = { bold: true };
  notesTitle.commit();
  for (const note of REPORT_NOTES) sheet.addRow([`• ${note}`]).commit();
  sheet.commit();
}

/**
 * Writes the report into `output` as it goes: each row is committed (flushed) once written, so even a
 * report of every commune in the country never sits whole in memory.
 */
export async function writeSeasonXlsx(report: SeasonReport, heading: ReportHeading, output: NodeJS.WritableStream): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output as unknown as Stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Gương sáng';
  workbook.created = heading.producedAt;
  workbook.title = reportTitle(heading);
  for (const table of TABLES) writeSheet(workbook, table, report, heading);
  await workbook.commit();
}

/** The workbook as a Web stream, for a route handler's Response body. */
export function seasonXlsxStream(report: SeasonReport, heading: ReportHeading): ReadableStream<Uint8Array> {
  const pipe = new PassThrough();
  writeSeasonXlsx(report, heading, pipe).catch((error: unknown) => pipe.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(pipe) as ReadableStream<Uint8Array>;
}
