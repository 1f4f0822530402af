import 'server-only';
import { listAreaOptions } from '@/db/queries/example-facets';
import type { AreaSelection } from '@/db/queries/example-filters';
import { cachedPublicData, publicCacheKey } from '@/lib/cache/public-data-cache';

/**
 * The area picker's options, kept per province and district: every list and statistics page under the same
 * district offers the same selects, so ten thousand communes share a few hundred entries.
 */
export function cachedAreaOptions(area: AreaSelection) {
  const { province, district } = area;
  const key = publicCacheKey('area-options', {
    province: province ? `${province.tree}:${province.code}` : undefined,
    district: district ? `${district.code}:${district.parentCode ?? ''}` : undefined,
  });
  return cachedPublicData(key, (db) => listAreaOptions(db, area));
}
