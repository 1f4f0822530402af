import type { MetadataRoute } from 'next';
import { cachedPublicData, publicCacheKey } from '@/lib/cache/public-data-cache';
import { listPublishedSlugs } from '@/db/queries/sitemap';
import { siteUrl } from '@/lib/site';

export const dynamic = 'force-dynamic';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  // One file holds at most 50 000 addresses; communes take the rest of the room.
  const rows = await cachedPublicData(publicCacheKey('sitemap'), (db) => listPublishedSlugs(db, { limit: 45_000 }));
  const communes = new Set(rows.map((r) => (r.tree === '2024' ? `2024-${r.commune}` : r.commune)));
  return [
    { url: `${base}/`, changeFrequency: 'daily', priority: 1 },
    { url: `${base}/examples`, changeFrequency: 'daily', priority: 0.9 },
    { url: `${base}/stats`, changeFrequency: 'daily', priority: 0.6 },
    { url: `${base}/open-data`, changeFrequency: 'monthly', priority: 0.3 },
    ...rows.map((r) => ({ url: `${base}/examples/${r.slug}`, lastModified: r.approvedAt ?? undefined, priority: 0.7 })),
    ...[...communes].map((c) => ({ url: `${base}/communes/${c}`, priority: 0.5 })),
  ];
}
