import { cachedPublicData, publicCacheKey } from '@/lib/cache/public-data-cache';
import { getPublishedExampleBySlug } from '@/db/queries/example-detail';
import { findSlugRedirect } from '@/db/queries/example-versions';
import { toApiItem } from '@/lib/examples/api-shape';
import { toApiFollowUps } from '@/lib/examples/follow-up-shape';
import { toApiReaderFigures } from '@/lib/outreach/api-shape';
import { readerFiguresFor } from '@/lib/outreach/reader-figures';
import { apiError, preflight, PUBLIC_API_HEADERS } from '@/lib/http';
import { siteUrl } from '@/lib/site';
import { isSlug } from '@/lib/domain/ids';
import { verifyPath } from '@/lib/domain/verify-code';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const example = isSlug(slug) ? await cachedPublicData(publicCacheKey('api-example', { slug }), (db) => getPublishedExampleBySlug(db, { slug })) : null;
  if (!example) {
    // An old slug (the title changed in an approved update) moves for good, as the page does.
    const moved = isSlug(slug) ? await cachedPublicData(publicCacheKey('slug-redirect', { slug }), (db) => findSlugRedirect(db, { slug })) : null;
    if (moved) return new Response(null, { status: 301, headers: { ...PUBLIC_API_HEADERS, Location: `${siteUrl()}/api/v1/examples/${moved}` } });
  }
  if (!example) return apiError(404, 'not_found', 'Không tìm thấy điển hình này hoặc điển hình chưa được công bố.');
  const item = toApiItem(example, siteUrl(), example.photos);
  return Response.json(
    {
      ...item,
      ...toApiReaderFigures(await readerFiguresFor(example.id)),
      story: example.story,
      commendations: example.commendations.map(({ verifyCode, ...c }) => ({ ...c, verifyUrl: `${siteUrl()}${verifyPath(verifyCode)}` })),
      replicates: example.replicates ? { slug: example.replicates.slug } : null,
      support: example.support,
      replicationRequests: example.replicationRequests,
      followUps: toApiFollowUps(example.followUps.map(({ modelStatus, ...f }) => ({ ...f, status: modelStatus }))),
    },
    { headers: PUBLIC_API_HEADERS },
  );
}

export const OPTIONS = preflight;
