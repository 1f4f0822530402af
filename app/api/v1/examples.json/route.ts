import { exportResponse } from '@/lib/examples/export-response';
import { preflight } from '@/lib/http';

export const dynamic = 'force-dynamic';

/** Every approved example matching the `/examples` filters, as one JSON document (made once per selection and data version). */
export function GET(request: Request) {
  return exportResponse(request, 'json');
}

export const OPTIONS = preflight;
