import { seasonXlsxStream, XLSX_MIME } from '@/lib/reports/xlsx';
import { downloadResponse, loadExport } from '../export-request';

export const dynamic = 'force-dynamic';

/** The season report as an Excel workbook (sheets "Theo xã" and "Theo đơn vị"), streamed. */
export async function GET(request: Request) {
  const loaded = await loadExport(request, 'xlsx');
  if (loaded instanceof Response) return loaded;
  return downloadResponse(seasonXlsxStream(loaded.report, loaded.heading), XLSX_MIME, loaded, 'xlsx');
}
