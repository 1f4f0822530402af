import { sitemapIndex } from '@/lib/sitemap/files';
import { SITEMAP_HEADERS } from '@/lib/sitemap/xml';
import { siteUrl } from '@/lib/site';

export const dynamic = 'force-dynamic';

/** A sitemap index: each file it names stays far inside the protocol's 50 000 addresses and 50 MB. */
export async function GET() {
  return new Response(await sitemapIndex(siteUrl()), { headers: SITEMAP_HEADERS });
}
