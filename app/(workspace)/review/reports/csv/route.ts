import { CSV_MIME, seasonCsvStream } from '@/lib/reports/csv';
import { downloadResponse, loadExport } from '../export-request';

export const dynamic = 'force-dynamic';

/** One table of the season report as CSV: `table=commune` (default) or `table=unit`. */
export async function GET(request: Request) {
  const loaded = await loadExport(request, 'csv');
  if (loaded instanceof Response) return loaded;
  const table = loaded.resolved.table;
  return downloadResponse(seasonCsvStream(loaded.report, table), CSV_MIME, loaded, 'csv', table);
}
