import { getDb } from '@/db';
import { EXPORT_FILE_BASENAME, exportJsonStream, openExampleExport } from '@/lib/examples/export';
import { apiError, preflight, PUBLIC_API_HEADERS } from '@/lib/http';
import { siteUrl } from '@/lib/site';

export const dynamic = 'force-dynamic';

/** Every approved example matching the `/examples` filters, as one JSON document streamed batch by batch. */
export async function GET(request: Request) {
  const opened = await openExampleExport(getDb(), new URL(request.url).searchParams);
  if (!opened.ok) return apiError(400, opened.code, opened.message);
  return new Response(exportJsonStream(opened.batches, { base: siteUrl() }), {
    headers: {
      ...PUBLIC_API_HEADERS,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${EXPORT_FILE_BASENAME}.json"`,
    },
  });
}

export const OPTIONS = preflight;
