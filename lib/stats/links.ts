import type { AdminTree, Field, NomineeKind } from '@/lib/domain/vocabulary';
import { filtersToQuery, type AreaCode, type ExampleFilters } from '@/lib/domain/example-filters';

interface UnitRef {
  tree: AdminTree;
  code: string;
}

/** What a statistics page counted: enough to rebuild the same selection on the list page. */
export interface LinkScope {
  campaign: { slug: string; startYear: number; endYear: number };
  from: number;
  to: number;
  area: { province: UnitRef | null; district: UnitRef | null; commune: UnitRef | null };
}

/**
 * The list page filters one year or none; it shows exactly the examples counted here when the
 * range is one year or the campaign's whole span (a nomination's year always lies in its campaign).
 */
export function rangeMatchesList(scope: LinkScope): boolean {
  return scope.from === scope.to || (scope.from === scope.campaign.startYear && scope.to === scope.campaign.endYear);
}

const areaCode = (unit: UnitRef): AreaCode => ({ tree: unit.tree, code: unit.code });

/** The list page's filters for the counted selection, narrowed to one year, kind, field or commune. */
export function listFilters(scope: LinkScope, narrow: { year?: number; kind?: NomineeKind; field?: Field; commune?: UnitRef } = {}): ExampleFilters {
  const { province, district, commune } = scope.area;
  const filters: ExampleFilters = { campaign: scope.campaign.slug };
  if (narrow.commune) {
    // A commune lies inside the chosen area, so naming it alone selects the same examples.
    filters.commune = areaCode(narrow.commune);
  } else {
    if (province) filters.province = areaCode(province);
    if (district) filters.district = district.code;
    if (commune) filters.commune = areaCode(commune);
  }
  const year = narrow.year ?? (scope.from === scope.to ? scope.from : undefined);
  if (year !== undefined) filters.year = year;
  if (narrow.kind) filters.kind = narrow.kind;
  if (narrow.field) filters.field = narrow.field;
  return filters;
}

export function examplesHref(scope: LinkScope, narrow: Parameters<typeof listFilters>[1] = {}): string {
  return `/examples${filtersToQuery(listFilters(scope, narrow))}`;
}

/** The commune page's address: a bare code means the current (2025) unit there. */
export function communeHref(unit: UnitRef): string {
  return `/communes/${unit.tree === '2024' ? `2024-${unit.code}` : unit.code}`;
}
