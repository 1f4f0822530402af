import { csvStream, type CsvValue } from '@/lib/export/csv';
import type { ReportTable, SeasonReport } from '../domain/reports';
import { reportTable } from './tables';

export const CSV_MIME = 'text/csv; charset=utf-8';

/**
 * One table per file (`table=commune|unit`): a header row, one row per commune or unit, then the
 * total row. Nothing but the table, so the file loads cleanly into a spreadsheet or a script;
 * the definitions are on the report page and in the Excel file. UTF-8 with BOM (see csvStream).
 */
export function seasonCsvStream(report: SeasonReport, table: ReportTable): ReadableStream<Uint8Array> {
  const data = reportTable(report, table);
  async function* batches(): AsyncGenerator<readonly (readonly CsvValue[])[]> {
    yield data.rows;
    yield [data.total];
  }
  return csvStream(data.headers, batches());
}
