import { z } from 'zod';
import { cachedPublicData, publicCacheKey } from '@/lib/cache/public-data-cache';
import { listPublishedExamples } from '@/db/queries/examples';
import { toApiItem } from '@/lib/examples/api-shape';
import { toApiReaderFigures } from '@/lib/outreach/api-shape';
import { readerFiguresOf } from '@/lib/outreach/reader-figures';
import { decodeCursor } from '@/lib/domain/cursor';
import { parseExampleFilters } from '@/lib/domain/example-filters';
import { gatedSearch, SEARCH_BUSY_MESSAGE, SearchBusyError } from '@/lib/examples/search-gate';
import { apiError, preflight, PUBLIC_API_HEADERS } from '@/lib/http';
import { siteUrl } from '@/lib/site';

export const dynamic = 'force-dynamic';

const limitSchema = z.coerce.number().int().min(1).max(100).default(20);
const UNKNOWN_AREA = {
  province: 'Không tìm thấy tỉnh, thành phố có mã này.',
  district: 'Không tìm thấy quận, huyện có mã này.',
  commune: 'Không tìm thấy xã, phường có mã này.',
};

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const parsed = parseExampleFilters(params);
  if (!parsed.ok) return apiError(400, `invalid_${parsed.field}`, parsed.message);
  const limit = limitSchema.safeParse(params.get('limit') ?? undefined);
  if (!limit.success) return apiError(400, 'invalid_limit', 'Tham số limit phải là số nguyên từ 1 đến 100.');
  if (parsed.filters.cursor && !decodeCursor(parsed.filters.cursor)) {
    return apiError(400, 'invalid_cursor', 'Con trỏ phân trang (cursor) không hợp lệ.');
  }
  const page = await cachedPublicData(publicCacheKey('api-examples', { ...parsed.filters, limit: limit.data }), (db) =>
    gatedSearch(parsed.filters.q, () => listPublishedExamples(db, { filters: parsed.filters, limit: limit.data })),
  ).catch((error: unknown) => {
    if (error instanceof SearchBusyError) return null;
    throw error;
  });
  if (!page) {
    const busy = apiError(503, 'busy', SEARCH_BUSY_MESSAGE);
    busy.headers.set('Retry-After', '5');
    return busy;
  }
  if (page.area.unknown) return apiError(400, `unknown_${page.area.unknown}`, UNKNOWN_AREA[page.area.unknown]);
  if (page.badCursor) return apiError(400, 'invalid_cursor', 'Con trỏ phân trang (cursor) không dùng được với cách sắp xếp này.');
  const base = siteUrl();
  const ids = page.items.map((card) => card.id);
  const figures = await readerFiguresOf(ids.join(','), ids);
  return Response.json(
    {
      items: page.items.map((card) => ({ ...toApiItem(card, base), ...toApiReaderFigures(figures.get(card.id)) })),
      // A search matching more than 10 000 is counted no further: total is then 10 000, a lower bound.
      total: page.total,
      totalExact: page.totalExact,
      nextCursor: page.nextCursor,
    },
    { headers: PUBLIC_API_HEADERS },
  );
}

export const OPTIONS = preflight;
