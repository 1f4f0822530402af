import 'server-only';
import { createHash } from 'node:crypto';
import { getDb } from '@/db';
import { readPublicDataVersion } from '@/db/queries/public-data';
import { requestInfo } from '@/lib/auth/request-info';
import { apiError, PUBLIC_API_HEADERS } from '@/lib/http';
import { siteUrl } from '@/lib/site';
import { EXPORT_FILE_BASENAME, exportCsvStream, exportJsonStream, openExampleExport } from './export';
import { exportGate } from './export-gate';

export const EXPORT_CACHE_HEADER = 'x-gs-export-cache';

const TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' } as const;

function refuse(status: 429 | 503, code: string, message: string, retryAfterSeconds: number): Response {
  const response = apiError(status, code, message);
  response.headers.set('Retry-After', String(retryAfterSeconds));
  return response;
}

/**
 * Every approved example matching the `/examples` filters, as one CSV or JSON file. The same selection at
 * the same public data version is made once and then served from memory (or answered 304); making one is
 * rate-limited per address and bounded per process.
 */
export async function exportResponse(request: Request, format: 'csv' | 'json'): Promise<Response> {
  const db = getDb();
  const opened = await openExampleExport(db, new URL(request.url).searchParams);
  if (!opened.ok) return apiError(400, opened.code, opened.message);
  const key = `${format}|${await readPublicDataVersion(db)}|${opened.key}`;
  const etag = `"${createHash('sha256').update(key).digest('base64url').slice(0, 32)}"`;
  const headers = {
    ...PUBLIC_API_HEADERS,
    ETag: etag,
    'Content-Type': TYPES[format],
    'Content-Disposition': `attachment; filename="${EXPORT_FILE_BASENAME}.${format}"`,
  };
  const known = request.headers.get('if-none-match');
  if (known && known.split(',').some((tag) => tag.trim() === etag))
    return new Response(null, { status: 304, headers: { ETag: etag, 'Cache-Control': headers['Cache-Control'] } });

  const admitted = exportGate.admit(requestInfo(request.headers).ipAddress ?? 'unknown');
  if (!admitted.ok) {
    const message = `Bạn đã tải dữ liệu mở nhiều lần trong một phút. Vui lòng thử lại sau ${admitted.retryAfterSeconds} giây.`;
    return refuse(429, 'rate_limited', message, admitted.retryAfterSeconds);
  }
  const cached = exportGate.cached(key);
  if (cached) return new Response(new Uint8Array(await cached), { headers: { ...headers, [EXPORT_CACHE_HEADER]: 'hit' } });
  const made = exportGate.make(
    key,
    format === 'csv' ? exportCsvStream(opened.batches, { base: siteUrl() }) : exportJsonStream(opened.batches, { base: siteUrl() }),
  );
  if (!made) return refuse(503, 'busy', 'Máy chủ đang tạo các tệp dữ liệu khác. Vui lòng thử lại sau ít giây.', 5);
  return new Response(made, { headers: { ...headers, [EXPORT_CACHE_HEADER]: 'miss' } });
}
