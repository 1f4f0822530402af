import { and, count, eq, sql, type SQL } from 'drizzle-orm';
import type { ExampleFilters } from '@/lib/domain/example-filters';
import type { Db } from '../client';
import { adminUnits, campaigns, nominations, publicExampleWords, publicFacetCounts } from '../schema';
import { exampleConditions, type AreaSelection, type FilterTable } from './example-filters';
import { countSearch, countUpTo, SAMPLE_PERCENT, sampleOf, SEARCH_COUNT_CAP, searchCountCap, type CappedCount, type SureSample } from './search-at-scale';
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
  /** Scaled up from a sample of the registry (a search too large to group exactly): the page says so. */
  estimated?: boolean;
}

/** Where the facet queries read from: the table, or a sample of pages and how much to scale by. */
interface Source {
  from: SQL;
  /** The table whose columns the conditions and keys name. */
  table: FilterTable;
  scale: number;
  sampled: boolean;
}
const wholeTable: Source = { from: sql`${nominations}`, table: nominations, scale: 1, sampled: false };
/**
 * Picks the source for the matches of one facet query (given on nominations); `full` says they are the list's own
 * matches, `without` the one filter the query leaves out (a facet counting its own choices), if it leaves out one.
 */
type SourceFor = (where: SQL, full: boolean, without?: OwnFilter) => Promise<Source>;

/** The filters whose facet counts without them: the same filters less one, with no other table or scope. */
type OwnFilter = 'year' | 'kind' | 'field' | 'campaign';

/**
 * Pages of public_example_words (migration 0028): a row there holds only the words and the facet keys, the
 * words in the row, where a sampled row of nominations fetched its word list from TOAST. A fuzzy search
 * reads the document, so it still samples nominations.
 */
function sampled(percent: number, table: FilterTable): Source {
  return { ...sampleOf(table, percent), table, sampled: true };
}

async function grouped(db: Db, source: Source, key: SQL, where: SQL): Promise<Map<string, number>> {
  const rows = await db
    .select({ key: sql<string>`${key}`, n: count() })
    .from(source.from)
    .where(where)
    .groupBy(sql`1`);
  return new Map(rows.filter((r) => r.key !== null).map((r) => [String(r.key), Math.round(r.n * source.scale)]));
}

/**
 * Keeps a result across requests (the public data cache, keyed by the data version). Each facet's count is kept
 * by the filters it depends on: the province and district counts of a commune's list are those of every other
 * commune of the same year, and a search's year counts are the same whichever year or order the list shows.
 */
export type FacetMemo = <T>(key: string, load: () => Promise<T>) => Promise<T>;

export interface FacetParams {
  filters: ExampleFilters;
  area: AreaSelection;
  memo?: FacetMemo;
  /** A search matching more than this many is estimated from a sample (SEARCH_COUNT_CAP; smaller in tests). */
  countCap?: number;
  /** The same for a search narrowed by another filter (NARROWED_COUNT_CAP; smaller in tests). */
  narrowedCountCap?: number;
  samplePercent?: number;
  /** The list's own count of the same matches, when it has one: not counted twice. */
  matches?: CappedCount;
  /** The sample that finds a facet's matches surely large (SURE_SAMPLE; the whole table and fewer rows in tests). */
  sureSample?: SureSample;
}

/** How many examples each choice would give, with every other filter kept (its own left out). */
export async function countExampleFacets(db: Db, params: FacetParams): Promise<FacetCounts> {
  if (isUnfiltered(params)) return countAllFacets(db);
  const { filters, countCap = SEARCH_COUNT_CAP, narrowedCountCap, samplePercent = SAMPLE_PERCENT } = params;
  if (!filters.q?.trim()) return countFacetsByGrouping(db, params);
  // Grouping 90 000 matches of a common word reads 90 000 wide rows; a sample of the pages reads 2 000.
  // Each facet query is judged on its own matches: with a year chosen, the year facet counts the
  // search in every year, which may be large when the list itself is not.
  const sourceFor: SourceFor = async (where, full, without) => {
    const cap = searchCountCap(filters, countCap, narrowedCountCap);
    // A facet leaving out the one filter that narrowed the search (the year of "giảm nghèo" in 2024) counts
    // the words alone, which the sample finds surely large, as the list does, before counting 1 001 of them.
    const counted =
      full && params.matches
        ? params.matches
        : without
          ? await countSearch(db, { filters: { ...filters, [without]: undefined }, area: params.area, where, cap, sample: params.sureSample })
          : await countUpTo(db, where, cap);
    return counted.exact ? wholeTable : sampled(samplePercent, params.area.fuzzySearch ? nominations : publicExampleWords);
  };
  return countFacetsByGrouping(db, params, sourceFor);
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

/** An expression on either table the facets read (nominations or public_example_words). */
type OnTable = (t: FilterTable) => SQL;

interface Facet {
  key: OnTable;
  where: OnTable;
  /** Its own filter is not set, so it counts within the full filter set and can share one scan. */
  shared: boolean;
  /** What its count depends on besides the data: lists that agree on it share the count (FacetMemo). */
  dependsOn: string;
  /** The one filter its matches leave out, when they are the list's filters less that one. */
  without?: OwnFilter;
}

const PAGING = ['cursor', 'sort'];
const AREA = ['province', 'district', 'commune'];

/** The filters a count keeps (all but `left` and the paging), as a key. */
function keptFilters({ filters, area }: { filters: ExampleFilters; area: AreaSelection }, left: string[]): string {
  const entries = Object.entries(filters)
    .filter(([name, value]) => !left.includes(name) && !PAGING.includes(name) && value !== undefined && value !== '')
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([entries, Boolean(area.fuzzySearch)]);
}

/**
 * The facets that count within the full filter set, in one pass over the matching rows
 * (GROUPING SETS): a search matching half the registry is read once, not once per facet.
 * The key expressions hold no parameters, so GROUPING() sees them as the same expressions.
 */
async function groupedTogether(db: Db, source: Source, facets: [string, Facet][], where: SQL): Promise<Map<string, Map<string, number>>> {
  const keys = facets.map(([, facet]) => facet.key(source.table));
  const which = sql.join(
    facets.map(([name], i) => sql`WHEN GROUPING(${keys[i]}) = 0 THEN ${name}`),
    sql` `,
  );
  const value = sql.join(
    keys.map((key) => sql`WHEN GROUPING(${key}) = 0 THEN (${key})::text`),
    sql` `,
  );
  const rows = await db
    .select({ facet: sql<string>`CASE ${which} END`, key: sql<string | null>`CASE ${value} END`, n: count() })
    .from(source.from)
    .where(where)
    .groupBy(
      sql`GROUPING SETS (${sql.join(
        keys.map((key) => sql`(${key})`),
        sql`, `,
      )})`,
    );
  const out = new Map(facets.map(([name]) => [name, new Map<string, number>()]));
  for (const row of rows) if (row.key !== null) out.get(row.facet)?.set(row.key, Math.round(row.n * source.scale));
  return out;
}

/** Counts the matching examples grouped each way; exported so tests can check the summary against it. */
export async function countFacetsByGrouping(
  db: Db,
  { filters, area, memo }: { filters: ExampleFilters; area: AreaSelection; memo?: FacetMemo },
  sourceFor: SourceFor = async () => wholeTable,
): Promise<FacetCounts> {
  const whereExcept = (dimension: Parameters<typeof exampleConditions>[2]) => (t: FilterTable) => exampleConditions(filters, area, dimension, t);
  const full = whereExcept(undefined);
  const areaFree = whereExcept('area');
  const noArea = !area.province && !area.district && !area.commune && !area.unknown;
  const communeKey: OnTable = (t) =>
    area.province?.tree === '2025' && !area.district ? sql`'2025:' || unnest(${t.currentCommuneCodes})` : sql`'2024:' || ${t.communeCode}`;
  const district = area.district;
  const province = area.province;
  const communeScope: OnTable | null = district
    ? (t) => and(areaFree(t), eq(t.districtCode, district.code))!
    : province
      ? (t) => and(areaFree(t), province.tree === '2025' ? eq(t.provinceCodeNew, province.code) : eq(t.provinceCodeOld, province.code))!
      : null;
  const districtScope: OnTable = province?.tree === '2024' ? (t) => and(areaFree(t), eq(t.provinceCodeOld, province.code))! : areaFree;

  const keeping = (...left: string[]) => keptFilters({ filters, area }, left);
  const facets: [string, Facet][] = [
    ['year', { key: (t) => sql`${t.year}`, where: whereExcept('year'), shared: filters.year === undefined, dependsOn: keeping('year'), without: 'year' }],
    ['kind', { key: (t) => sql`${t.nomineeKind}`, where: whereExcept('kind'), shared: !filters.kind, dependsOn: keeping('kind'), without: 'kind' }],
    ['field', { key: (t) => sql`${t.field}`, where: whereExcept('field'), shared: !filters.field, dependsOn: keeping('field'), without: 'field' }],
    // By id, named afterwards: a lookup per row would cost one subquery per example.
    [
      'campaign',
      { key: (t) => sql`${t.campaignId}`, where: whereExcept('campaign'), shared: !filters.campaign, dependsOn: keeping('campaign'), without: 'campaign' },
    ],
    // Outside the area chosen: the same for every commune of the other filters, which is where keeping them pays.
    ['provinceNew', { key: (t) => sql`'2025:' || ${t.provinceCodeNew}`, where: areaFree, shared: noArea, dependsOn: keeping(...AREA) }],
    ['provinceOld', { key: (t) => sql`'2024:' || ${t.provinceCodeOld}`, where: areaFree, shared: noArea, dependsOn: keeping(...AREA) }],
    [
      'district',
      {
        key: (t) => sql`${t.districtCode}`,
        where: districtScope,
        shared: noArea,
        dependsOn: `${province?.tree === '2024' ? `2024:${province.code}` : 'all'}|${keeping(...AREA)}`,
      },
    ],
  ];
  const together = facets.filter(([, facet]) => facet.shared);
  const apart = facets.filter(([, facet]) => !facet.shared);
  let estimated = false;
  // The source is chosen by counting on nominations; the facet query is then written for the source's table.
  const from = (where: OnTable, isFull = false, without?: OwnFilter) => sourceFor(where(nominations), isFull, without);
  /** A count, kept by what it depends on when the caller keeps counts; plain arrays, which the cache can weigh. */
  const kept = async <T>(key: string, count: () => Promise<{ counts: T; sampled: boolean }>): Promise<T> => {
    const result = memo ? await memo(`facet:${key}`, count) : await count();
    estimated ||= result.sampled;
    return result.counts;
  };
  const [shared, separate, commune] = await Promise.all([
    together.length > 0
      ? kept(`shared:${together.map(([name]) => name).join(',')}|${keeping()}`, async () => {
          const source = await from(full, true);
          const counts = await groupedTogether(db, source, together, full(source.table));
          return { counts: [...counts].map(([name, byKey]) => [name, [...byKey]] as const), sampled: source.sampled };
        }).then((counts) => new Map(counts.map(([name, byKey]) => [name, new Map(byKey)])))
      : Promise.resolve(new Map<string, Map<string, number>>()),
    Promise.all(
      apart.map(async ([name, facet]) => {
        const counts = await kept(`${name}:${facet.dependsOn}`, async () => {
          const source = await from(facet.where, false, facet.without);
          return { counts: [...(await grouped(db, source, facet.key(source.table), facet.where(source.table)))], sampled: source.sampled };
        });
        return [name, new Map(counts)] as const;
      }),
    ),
    communeScope
      ? kept(`commune:${district ? `d${district.code}` : `p${province?.tree}:${province?.code}`}|${keeping(...AREA)}`, async () => {
          const source = await from(communeScope);
          return { counts: [...(await grouped(db, source, communeKey(source.table), communeScope(source.table)))], sampled: source.sampled };
        }).then((counts) => new Map(counts))
      : Promise.resolve(new Map<string, number>()),
  ]);
  const byName = new Map([...shared, ...separate]);
  const of = (name: string) => byName.get(name) ?? new Map<string, number>();
  const loadCampaigns = () => db.select({ id: campaigns.id, slug: campaigns.slug }).from(campaigns);
  const slugs = new Map((await (memo ? memo('campaign-slugs', loadCampaigns) : loadCampaigns())).map((c) => [String(c.id), c.slug]));
  return {
    year: new Map([...of('year')].map(([k, v]) => [Number(k), v])),
    kind: of('kind'),
    field: of('field'),
    campaign: new Map([...of('campaign')].map(([id, n]) => [slugs.get(id) ?? id, n])),
    province: new Map([...of('provinceNew'), ...of('provinceOld')]),
    district: of('district'),
    commune,
    // Left out when exact, so exact counts compare equal to those of the summary table.
    ...(estimated ? { estimated: true } : {}),
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
