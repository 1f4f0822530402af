import type { ExampleFilters } from '@/lib/domain/example-filters';

/**
 * How many filters inside the collapsed panel are in use. The search words are left out
 * (their box stays visible) and so is the sort order (it narrows nothing). The three area
 * levels count once, as they make one chip above the results.
 */
export function countActiveFilters(filters: ExampleFilters): number {
  const area = Boolean(filters.province || filters.district || filters.commune);
  return [area, filters.year !== undefined, filters.kind, filters.field, filters.campaign].filter(Boolean).length;
}
