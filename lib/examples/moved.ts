import 'server-only';
import { notFound, permanentRedirect } from 'next/navigation';
import { findSlugRedirect } from '@/db/queries/example-versions';
import { cachedPublicData, publicCacheKey } from '@/lib/cache/public-data-cache';
import { isSlug } from '@/lib/domain/ids';

/**
 * An example's old slug (its title changed in an approved update) moves permanently to the current one;
 * any other unknown slug is a 404. Next answers 308 here; scripts/server.ts turns it into the 301 that
 * old links and search engines expect (lib/public-page-cache/moved.ts).
 */
export async function movedExampleSlug(slug: string, suffix = ''): Promise<never> {
  const target = isSlug(slug) ? await cachedPublicData(publicCacheKey('slug-redirect', { slug }), (db) => findSlugRedirect(db, { slug })) : null;
  if (target) permanentRedirect(`/examples/${target}${suffix}`);
  notFound();
}
