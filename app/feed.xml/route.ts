import { cachedPublicData, publicCacheKey } from '@/lib/cache/public-data-cache';
import { listFeedExamples } from '@/db/queries/public-pages';
import { buildAtomFeed } from '@/lib/examples/atom';
import { exampleFiltersSchema, firstValues } from '@/lib/domain/example-filters';
import { SITE_NAME, siteUrl } from '@/lib/site';

export const dynamic = 'force-dynamic';

const feedFilters = exampleFiltersSchema.pick({ district: true, commune: true, province: true });

export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = feedFilters.safeParse(firstValues(url.searchParams));
  if (!parsed.success) {
    return new Response(parsed.error.issues[0]?.message ?? 'Tham số không hợp lệ', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const page = await cachedPublicData(publicCacheKey('feed', parsed.data), (db) => listFeedExamples(db, { area: parsed.data }));
  const base = siteUrl();
  const area = page.area.commune ?? page.area.district ?? page.area.province;
  const body = buildAtomFeed({
    items: page.items,
    base,
    selfUrl: `${base}/feed.xml${url.search}`,
    title: `${SITE_NAME} — điển hình mới${area ? ` ở ${area.fullName}` : ''}`,
  });
  return new Response(body, {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  });
}
