import { and, count, eq, sql, type SQL } from 'drizzle-orm';
import type { ExampleFilters } from '@/lib/domain/example-filters';
import type { Db } from '../client';
import { adminUnits, campaigns, nominations, publicFacetCounts } from '../schema';
import { exampleConditions, type AreaSelection } from './example-filters';
import type { AdminTree } from '@/lib/domain/vocabulary';

export interface FacetCounts {
  year: Map<number, number>;
  kind: Map<string, number>;
  field: Map<string, number>;
  campaign: Map<string, number>;
  /** Keyed "tree:code" for provinces of both trees. */
  province: Map<string, number>;
  district: Map<string, number>;
  /** Keyed "tree:code" for the communes offered under the current province or district. */
  commune: Map<string, number>;
}

async function grouped(db: Db, key: SQL, where: SQL): Promise<Map<string, number>> {
  const rows = await db
    .select({ key: sql<string>`${key}`, n: count() })
    .from(nominations)
    .where(where)
    .groupBy(sql`1`);
  return new Map(rows.filter((r) => r.key !== null).map((r) => [String(r.key), r.n]));
}

/** How many examples each choice would give, with every other filter kept (its own left out). */
export async function countExampleFacets(db: Db, params: { filters: ExampleFilters; area: AreaSelection }): Promise<FacetCounts> {
  return isUnfiltered(params) ? countAllFacets(db) : countFacetsByGrouping(db, params);
}

function isUnfiltered({ filters, area }: { filters: ExampleFilters; area: AreaSelection }): boolean {
  const noArea = !filters.province && !filters.district && !filters.commune && !area.province && !area.district && !area.commune && !area.unknown;
  // A blank query searches for nothing (see searchCondition), so it narrows nothing either.
  return noArea && !filters.campaign && filters.year === undefined && !filters.kind && !filters.field && !filters.q?.trim();
}

/** The whole registry: read from the counts the triggers of migration 0011 keep, instead of counting it seven ways. */
async function countAllFacets(db: Db): Promise<FacetCounts> {
  const rows = await db
    .select({ dimension: publicFacetCounts.dimension, key: publicFacetCounts.key, slug: campaigns.slug, n: publicFacetCounts.n })
    .from(publicFacetCounts)
    .leftJoin(campaigns, and(eq(publicFacetCounts.dimension, 'campaign'), sql`${publicFacetCounts.key} = ${campaigns.id}::text`));
  const counts: FacetCounts = {
    year: new Map(),
    kind: new Map(),
    field: new Map(),
    campaign: new Map(),
    province: new Map(),
    district: new Map(),
    commune: new Map(),
  };
  for (const { dimension, key, slug, n } of rows) {
    if (dimension === 'year') counts.year.set(Number(key), n);
    else if (dimension === 'campaign') counts.campaign.set(slug ?? key, n);
    else if (dimension === 'kind' || dimension === 'field' || dimension === 'province' || dimension === 'district') counts[dimension].set(key, n);
  }
  return counts;
}

interface Facet {
  key: SQL;
  where: SQL;
  /** Its own filter is not set, so it counts within the full filter set and can share one scan. */
  shared: boolean;
}

/**
 * The facets that count within the full filter set, in one pass over the matching rows
 * (GROUPING SETS): a search matching half the registry is read once, not once per facet.
 * The key expressions hold no parameters, so GROUPING() sees them as the same expressions.
 */
async function groupedTogether(db: Db, facets: [string, Facet][], where: SQL): Promise<Map<string, Map<string, number>>> {
  const keys = facets.map(([, facet]) => facet.key);
  const which = sql.join(
    facets.map(([name, facet]) => sql`WHEN GROUPING(${facet.key}) = 0 THEN ${name}`),
    sql` `,
  );
  const value = sql.join(
    facets.map(([, facet]) => sql`WHEN GROUPING(${facet.key}) = 0 THEN (${facet.key})::text`),
    sql` `,
  );
  const rows = await db
    .select({ facet: sql<string>`CASE ${which} END`, key: sql<string | null>`CASE ${value} END`, n: count() })
    .from(nominations)
    .where(where)
    .groupBy(
      sql`GROUPING SETS (${sql.join(
        keys.map((key) => sql`(${key})`),
        sql`, `,
      )})`,
    );
  const out = new Map(facets.map(([name]) => [name, new Map<string, number>()]));
  for (const row of rows) if (row.key !== null) out.get(row.facet)?.set(row.key, row.n);
  return out;
}

/** Counts the matching examples grouped each way; exported so tests can check the summary against it. */
export async function countFacetsByGrouping(db: Db, { filters, area }: { filters: ExampleFilters; area: AreaSelection }): Promise<FacetCounts> {
  const whereExcept = (dimension: Parameters<typeof exampleConditions>[2]) => exampleConditions(filters, area, dimension);
  const full = exampleConditions(filters, area);
  const areaFree = whereExcept('area');
  const noArea = !area.province && !area.district && !area.commune && !area.unknown;
  const communeKey =
    area.province?.tree === '2025' && !area.district ? sql`'2025:' || unnest(${nominations.currentCommuneCodes})` : sql`'2024:' || ${nominations.communeCode}`;
  const communeScope = area.district
    ? and(areaFree, eq(nominations.districtCode, area.district.code))!
    : area.province
      ? and(
          areaFree,
          area.province.tree === '2025' ? eq(nominations.provinceCodeNew, area.province.code) : eq(nominations.provinceCodeOld, area.province.code),
        )!
      : null;
  const districtScope = area.province?.tree === '2024' ? and(areaFree, eq(nominations.provinceCodeOld, area.province.code))! : areaFree;

  const facets: [string, Facet][] = [
    ['year', { key: sql`${nominations.year}`, where: whereExcept('year'), shared: filters.year === undefined }],
    ['kind', { key: sql`${nominations.nomineeKind}`, where: whereExcept('kind'), shared: !filters.kind }],
    ['field', { key: sql`${nominations.field}`, where: whereExcept('field'), shared: !filters.field }],
    // By id, named afterwards: a lookup per row would cost one subquery per example.
    ['campaign', { key: sql`${nominations.campaignId}`, where: whereExcept('campaign'), shared: !filters.campaign }],
    ['provinceNew', { key: sql`'2025:' || ${nominations.provinceCodeNew}`, where: areaFree, shared: noArea }],
    ['provinceOld', { key: sql`'2024:' || ${nominations.provinceCodeOld}`, where: areaFree, shared: noArea }],
    ['district', { key: sql`${nominations.districtCode}`, where: districtScope, shared: noArea }],
  ];
  const together = facets.filter(([, facet]) => facet.shared);
  const apart = facets.filter(([, facet]) => !facet.shared);
  const [shared, separate, commune] = await Promise.all([
    together.length > 0 ? groupedTogether(db, together, full) : Promise.resolve(new Map<string, Map<string, number>>()),
    Promise.all(apart.map(async ([name, facet]) => [name, await grouped(db, facet.key, facet.where)] as const)),
    communeScope ? grouped(db, communeKey, communeScope) : Promise.resolve(new Map<string, number>()),
  ]);
  const byName = new Map([...shared, ...separate]);
  const of = (name: string) => byName.get(name) ?? new Map<string, number>();
  const slugs = new Map((await db.select({ id: campaigns.id, slug: campaigns.slug }).from(campaigns)).map((c) => [String(c.id), c.slug]));
  return {
    year: new Map([...of('year')].map(([k, v]) => [Number(k), v])),
    kind: of('kind'),
    field: of('field'),
    campaign: new Map([...of('campaign')].map(([id, n]) => [slugs.get(id) ?? id, n])),
    province: new Map([...of('provinceNew'), ...of('provinceOld')]),
    district: of('district'),
    commune,
  };
}

/** Options for the area picker: provinces of both trees, then what lies under the current choice. */
export async function listAreaOptions(db: Db, area: AreaSelection) {
  const unitsOf = (tree: AdminTree, where: SQL) =>
    db
      .select({ code: adminUnits.code, name: adminUnits.name, fullName: adminUnits.fullName, parentCode: adminUnits.parentCode })
      .from(adminUnits)
      .where(and(eq(adminUnits.tree, tree), where));
  const provinceTree = area.province?.tree ?? (area.district ? '2024' : null);
  const provinceCode = area.province?.code ?? area.district?.parentCode ?? null;
  const [provincesNew, provincesOld, districts, communes] = await Promise.all([
    unitsOf('2025', eq(adminUnits.level, 1)),
    unitsOf('2024', eq(adminUnits.level, 1)),
    provinceTree === '2024' && provinceCode
      ? unitsOf('2024', and(eq(adminUnits.level, 2), eq(adminUnits.parentCode, provinceCode))!)
      : unitsOf('2024', eq(adminUnits.level, 2)),
    area.district
      ? unitsOf('2024', and(eq(adminUnits.level, 3), eq(adminUnits.parentCode, area.district.code))!)
      : provinceTree === '2025' && provinceCode
        ? unitsOf('2025', and(eq(adminUnits.level, 2), eq(adminUnits.parentCode, provinceCode))!)
        : Promise.resolve([]),
  ]);
  const byName = <T extends { name: string }>(rows: T[]) => rows.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const communeTree: AdminTree = area.district ? '2024' : provinceTree === '2025' ? '2025' : '2024';
  return {
    provincesNew: byName(provincesNew),
    provincesOld: byName(provincesOld),
    districts: byName(districts),
    communes: byName(communes),
    communeTree,
  };
}
