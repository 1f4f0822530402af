import { z } from 'zod';
import { findCampaignIdBySlug, listNotices } from '@/db/queries/notices';
import { cachedPublicData, publicCacheKey } from '@/lib/cache/public-data-cache';
import { isSlug } from '@/lib/domain/ids';
import { apiError, preflight, PUBLIC_API_HEADERS } from '@/lib/http';
import { toNoticeApiItem } from '@/lib/notices/api-shape';
import { siteUrl } from '@/lib/site';

export const dynamic = 'force-dynamic';

const limitSchema = z.coerce.number().int().min(1).max(100).default(50);
const offsetSchema = z.coerce.number().int().min(0).max(100_000).default(0);

/** Dossiers in public notice, soonest to close first: `limit` (1–100), `offset`, `campaign` (slug). */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const limit = limitSchema.safeParse(params.get('limit') ?? undefined);
  if (!limit.success) return apiError(400, 'invalid_limit', 'Tham số limit phải là số nguyên từ 1 đến 100.');
  const offset = offsetSchema.safeParse(params.get('offset') ?? undefined);
  if (!offset.success) return apiError(400, 'invalid_offset', 'Tham số offset phải là số nguyên từ 0 đến 100000.');
  const slug = params.get('campaign') ?? undefined;
  if (slug !== undefined && !isSlug(slug)) return apiError(400, 'invalid_campaign', 'Mã phong trào (campaign) không hợp lệ.');
  const page = await cachedPublicData(publicCacheKey('api-notices', { limit: limit.data, offset: offset.data, campaign: slug ?? '' }), async (db) => {
    const campaignId = slug === undefined ? undefined : await findCampaignIdBySlug(db, { slug });
    if (campaignId === null) return null;
    return listNotices(db, { campaignId, limit: limit.data, offset: offset.data });
  });
  if (!page) return apiError(400, 'unknown_campaign', 'Không tìm thấy phong trào có mã này.');
  const base = siteUrl();
  return Response.json({ items: page.items.map((item) => toNoticeApiItem(item, base)), total: page.total }, { headers: PUBLIC_API_HEADERS });
}

export const OPTIONS = preflight;
