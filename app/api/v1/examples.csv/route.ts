import { exportResponse } from '@/lib/examples/export-response';
import { preflight } from '@/lib/http';

export const dynamic = 'force-dynamic';

/** Every approved example matching the `/examples` filters, as a CSV file (made once per selection and data version). */
export function GET(request: Request) {
  return exportResponse(request, 'csv');
}

export const OPTIONS = preflight;
