import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { IMPACT_KEYS, type AdminTree, type Field, type Impact, type ImpactKey, type NomineeKind } from '@/lib/domain/vocabulary';
import { decodeCursor, encodeCursor, type Cursor } from '@/lib/domain/cursor';
import type { ExampleFilters, Sort } from '@/lib/domain/example-filters';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../client';
import { preparedOnce } from '../prepared';
import { adminUnits, campaigns, nominations, units } from '../schema';
import { exampleConditions, relevanceOrder, resolveAreaSelection, type AreaSelection } from './example-filters';
import { publishedCommentCount } from './reader-comments';
import {
  countSearch,
  largeSearchSlices,
  SEARCH_COUNT_CAP,
  SEARCH_RANK_CAP,
  searchCountCap,
  walkFor,
  type CappedCount,
  type SureSample,
} from './search-at-scale';

export interface PlaceRef {
  code: string;
  name: string;
}

export interface ExampleCard {
  id: string;
  slug: string;
  title: string;
  nomineeName: string;
  anonymised: boolean;
  nomineeKind: NomineeKind;
  field: Field;
  year: number;
  summary: string;
  commune: PlaceRef & { tree: AdminTree };
  district: PlaceRef | null;
  province: PlaceRef | null;
  /** The post-2025 communes this commune is now part of, when it was recorded in the old tree. */
  nowPartOf: PlaceRef[];
  campaign: { slug: string; name: string };
  unitName: string;
  impact: Impact;
  approvedAt: Date;
  /** The published version (1 until an update is approved) and when it was published. */
  version: number;
  updatedAt: Date;
  cover: { id: string; width: number | null; height: number | null; caption: string } | null;
  /** Published reader comments. */
  commentCount: number;
}

const impactColumns = Object.fromEntries(IMPACT_KEYS.map((key) => [key, nominations[key]])) as { [K in ImpactKey]: (typeof nominations)[K] };

/** bigint columns may come back as strings from one driver: every figure is a number or null. */
function impactOf(row: Record<string, unknown>): Impact {
  return Object.fromEntries(IMPACT_KEYS.map((key) => [key, row[key] === null || row[key] === undefined ? null : Number(row[key])])) as Impact;
}

const communeUnit = sql`(SELECT full_name FROM admin_units au WHERE au.tree = ${nominations.communeTree} AND au.code = ${nominations.communeCode})`;
const districtName = sql`(SELECT full_name FROM admin_units au WHERE au.tree = '2024' AND au.code = ${nominations.districtCode})`;
const provinceCode = sql`CASE WHEN ${nominations.communeTree} = '2025' THEN ${nominations.provinceCodeNew} ELSE ${nominations.provinceCodeOld} END`;
const provinceName = sql`(SELECT full_name FROM admin_units au WHERE au.tree = ${nominations.communeTree} AND au.code = ${provinceCode})`;
// Anonymised examples show no photos: the consent covers neither the name nor the pictures.
const coverPhoto = sql`(SELECT json_build_object('id', a.id, 'width', a.width, 'height', a.height, 'caption', a.caption)
  FROM attachments a WHERE a.nomination_id = ${nominations.id} AND a.kind = 'photo' AND a.is_public
  AND ${nominations.publishMode} = 'named' ORDER BY a.position LIMIT 1)`;

export const cardColumns = {
  id: nominations.id,
  slug: nominations.slug,
  title: nominations.title,
  nomineeName: nominations.nomineeName,
  publishMode: nominations.publishMode,
  nomineeKind: nominations.nomineeKind,
  field: nominations.field,
  year: nominations.year,
  summary: nominations.summary,
  communeTree: nominations.communeTree,
  communeCode: nominations.communeCode,
  communeName: sql<string>`${communeUnit}`,
  districtCode: nominations.districtCode,
  districtName: sql<string | null>`${districtName}`,
  provinceCode: sql<string | null>`${provinceCode}`,
  provinceName: sql<string | null>`${provinceName}`,
  currentCommuneCodes: nominations.currentCommuneCodes,
  campaignSlug: campaigns.slug,
  campaignName: campaigns.name,
  unitName: units.name,
  ...impactColumns,
  approvedAt: nominations.approvedAt,
  // The paging key to the microsecond: a JavaScript Date keeps milliseconds, and two approvals in the
  // same millisecond would otherwise straddle a page boundary with one of them skipped.
  approvedKey: sql<string>`to_char(${nominations.approvedAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
  cover: sql<{ id: string; width: number | null; height: number | null; caption: string } | string | null>`${coverPhoto}`,
  publishedVersion: sql<number | string | null>`(SELECT max(v.n) FROM example_versions v WHERE v.nomination_id = ${nominations.id})`,
  versionPublishedAt: sql<Date | string | null>`(SELECT max(v.published_at) FROM example_versions v WHERE v.nomination_id = ${nominations.id})`,
  commentCount: publishedCommentCount,
};

/** A row of `cardColumns`, possibly with more columns beside them. */
type CardRow = Awaited<ReturnType<typeof selectCards>>[number];
type CardCover = ExampleCard['cover'];

/** Turns rows into cards, looking up the current commune names in one query. */
export async function toCards(db: Db, rows: CardRow[]): Promise<ExampleCard[]> {
  const codes = [...new Set(rows.filter((r) => r.communeTree === '2024').flatMap((r) => r.currentCommuneCodes))];
  const current = codes.length
    ? await db
        .select({
          code: adminUnits.code,
          // Qualified by hand: drizzle leaves columns unqualified in a one-table select.
          name: sql<string>`${adminUnits.fullName} || coalesce(', ' || (SELECT p.full_name FROM admin_units p WHERE p.tree = '2025' AND p.code = "admin_units"."parent_code"), '')`,
        })
        .from(adminUnits)
        .where(and(eq(adminUnits.tree, '2025'), inArray(adminUnits.code, codes)))
    : [];
  const names = new Map(current.map((c) => [c.code, c.name]));
  return rows.map((r) => {
    const cover = typeof r.cover === 'string' ? (JSON.parse(r.cover) as CardCover) : r.cover;
    const nowPartOf = r.communeTree === '2024' ? r.currentCommuneCodes.map((code) => ({ code, name: names.get(code) ?? code })) : [];
    return {
      id: r.id,
      slug: r.slug,
      title: r.title,
      nomineeName: r.nomineeName,
      anonymised: r.publishMode === 'anonymised',
      nomineeKind: r.nomineeKind,
      field: r.field,
      year: Number(r.year),
      summary: r.summary,
      commune: { code: r.communeCode, name: r.communeName, tree: r.communeTree },
      // The district belongs to the old tree: shown only for communes recorded in it.
      district: r.districtCode && r.communeTree === '2024' ? { code: r.districtCode, name: r.districtName ?? '' } : null,
      province: r.provinceCode ? { code: r.provinceCode, name: r.provinceName ?? '' } : null,
      nowPartOf,
      campaign: { slug: r.campaignSlug, name: r.campaignName },
      unitName: r.unitName,
      impact: impactOf(r),
      // Cards are made of published rows only, which all have one.
      approvedAt: new Date(r.approvedAt!),
      version: r.publishedVersion ? Number(r.publishedVersion) : 1,
      updatedAt: new Date(r.versionPublishedAt ?? r.approvedAt!),
      cover: cover ?? null,
      commentCount: Number(r.commentCount ?? 0),
    };
  });
}

function selectCards(db: Db) {
  return db
    .select(cardColumns)
    .from(nominations)
    .innerJoin(campaigns, eq(campaigns.id, nominations.campaignId))
    .innerJoin(units, eq(units.id, nominations.unitId));
}

export interface ExamplePage {
  items: ExampleCard[];
  /** Exact, or the count cap when `totalExact` is false ("hơn 10.000"). */
  total: number;
  totalExact: boolean;
  nextCursor: string | null;
  /** A large search in relevance order stops at the count cap: the page asks to narrow the search. */
  pagingCapped: boolean;
  area: AreaSelection;
  sort: Sort;
  /** The cursor given could not be read. */
  badCursor: boolean;
}

const impactKey = sql`coalesce(${nominations.householdsEscaped}, 0)`;

function orderFor(sort: Sort, q: string | undefined): SQL[] {
  const relevance = relevanceOrder(q);
  if (sort === 'relevance' && relevance) return [sql`${relevance} DESC`, desc(nominations.approvedAt), desc(nominations.id)];
  if (sort === 'impact') return [sql`${impactKey} DESC`, desc(nominations.id)];
  return [desc(nominations.approvedAt), desc(nominations.id)];
}

function keysetCondition(sort: Sort, cursor: Cursor): SQL | null {
  if (!('id' in cursor)) return null;
  if (sort === 'impact') return sql`(${impactKey}, ${nominations.id}) < (${Number(cursor.k)}, ${cursor.id}::uuid)`;
  return sql`(${nominations.approvedAt}, ${nominations.id}) < (${String(cursor.k)}::timestamptz, ${cursor.id}::uuid)`;
}

/**
 * A deferred join: the page is chosen on the narrow rows (id and the sort keys), and only its few ids
 * are then read as cards. Sorting tens of thousands of full cards to keep a dozen costs more than finding
 * them. The cards are read by one prepared statement ('cards-by-ids'): built by drizzle and planned by
 * PostgreSQL once per connection, where the wide select joined to each list's own page query was built
 * and planned afresh on every list, search and commune page (about 2 ms of each).
 */
async function selectPageCards(db: Db, { where, order, limit, offset }: { where: SQL | undefined; order: SQL[]; limit: number; offset: number }) {
  const page = await db
    .select({ id: nominations.id })
    .from(nominations)
    .where(where)
    .orderBy(...order)
    .limit(limit)
    .offset(offset);
  if (page.length === 0) return [];
  const cards = await preparedOnce(db, 'cards-by-ids', (statement) =>
    selectCards(db)
      // One text parameter, split in SQL: the same on both drivers, which pass arrays differently.
      .where(and(eq(nominations.status, 'approved'), sql`${nominations.id} = ANY (string_to_array(${sql.placeholder('ids')}, ',')::uuid[])`))
      .prepare(statement),
  ).execute({ ids: page.map((row) => row.id).join(',') });
  const byId = new Map(cards.map((card) => [card.id, card]));
  // In the page's order; an example unpublished between the two reads is left out (the cards are of published ones only).
  return page.flatMap(({ id }) => byId.get(id) ?? []);
}

export interface ListOptions {
  filters: ExampleFilters;
  limit: number;
  /** Above this many matches a search is counted no further (SEARCH_COUNT_CAP; smaller in tests). */
  countCap?: number;
  /** The same for a search narrowed by another filter (NARROWED_COUNT_CAP; smaller in tests). */
  narrowedCountCap?: number;
  /** Above this many matches a search is ranked title first, not by exact relevance (SEARCH_RANK_CAP; smaller in tests). */
  rankCap?: number;
  /** The sample that finds a search surely large (SURE_SAMPLE; the whole table and fewer rows in tests). */
  sureSample?: SureSample;
  /** The units the area filters name, when the caller has them already (resolveAreaSelection). */
  area?: AreaSelection;
}

/** Published examples for the public list and the API: keyset paging by date or impact, offset for relevance. */
export async function listPublishedExamples(
  db: Db,
  { filters, limit, countCap = SEARCH_COUNT_CAP, narrowedCountCap, rankCap = SEARCH_RANK_CAP, sureSample, area: resolved }: ListOptions,
): Promise<ExamplePage> {
  const area = resolved ?? (await resolveAreaSelection(db, filters));
  const sort: Sort = filters.sort ?? (filters.q && relevanceOrder(filters.q) ? 'relevance' : 'newest');
  const effectiveSort: Sort = sort === 'relevance' && !relevanceOrder(filters.q) ? 'newest' : sort;
  const where = exampleConditions(filters, area);
  const cursor = filters.cursor ? decodeCursor(filters.cursor) : null;
  const badCursor = Boolean(filters.cursor) && (!cursor || 'o' in cursor !== (effectiveSort === 'relevance'));
  const usable = badCursor ? null : cursor;
  const keyset = usable ? keysetCondition(effectiveSort, usable) : null;
  const offset = usable && 'o' in usable ? usable.o : 0;

  const plainSlice = (candidates: SQL) => ({
    where: and(candidates, keyset ?? undefined)!,
    order: orderFor(effectiveSort, filters.q),
    limit: limit + 1,
    offset,
  });
  const cap = searchCountCap(filters, countCap, narrowedCountCap);
  let total: CappedCount;
  let rows: CardRow[];
  if (filters.q?.trim()) {
    // A search can match most of the registry: counted up to the cap first (or found larger from a sample), which decides the plan.
    total = await countSearch(db, { filters, area, where, cap, sample: sureSample });
    // Ranking reads every match it ranks: past a thousand, only the title matches are ranked.
    const large = !total.exact || total.n > rankCap;
    const slices =
      large && effectiveSort === 'relevance'
        ? await largeSearchSlices(db, {
            where,
            withoutWords: exampleConditions(filters, area, 'q'),
            q: filters.q,
            walk: walkFor(filters, true),
            limit: limit + 1,
            offset,
          })
        : [plainSlice(large ? walkFor(filters, effectiveSort !== 'impact')(where) : where)];
    rows = (await Promise.all(slices.map((slice) => selectPageCards(db, slice)))).flat();
  } else {
    const [page, [counted]] = await Promise.all([selectPageCards(db, plainSlice(where)), db.select({ n: count() }).from(nominations).where(where)]);
    total = { n: counted?.n ?? 0, exact: true };
    rows = page;
  }
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  // Relevance pages by offset: past the counted range a large search asks to be narrowed instead.
  const pagingCapped = !total.exact && effectiveSort === 'relevance' && rows.length > limit && offset + limit >= cap;
  let nextCursor: string | null = null;
  if (rows.length > limit && last && !pagingCapped) {
    nextCursor =
      effectiveSort === 'relevance'
        ? encodeCursor({ o: offset + limit })
        : encodeCursor({
            k: effectiveSort === 'impact' ? (last.householdsEscaped ?? 0) : String(last.approvedKey),
            id: last.id,
          });
  }
  return {
    items: await toCards(db, pageRows),
    total: total.n,
    totalExact: total.exact,
    nextCursor,
    pagingCapped,
    area,
    sort: effectiveSort,
    badCursor,
  };
}

export async function listLatestExamples(db: Db, { limit }: { limit: number }): Promise<ExampleCard[]> {
  const rows = await selectCards(db).where(eq(nominations.status, 'approved')).orderBy(desc(nominations.approvedAt), desc(nominations.id)).limit(limit);
  return toCards(db, rows);
}

/** Impact totals over every published example matching the filters (not only one page of them). */
export async function sumExampleImpact(db: Db, { filters, area: resolved }: { filters: ExampleFilters; area?: AreaSelection }) {
  const area = resolved ?? (await resolveAreaSelection(db, filters));
  const total = (column: AnyPgColumn) => sql<string>`coalesce(sum(${column}), 0)`;
  const [row] = await db
    .select({
      householdsEscaped: total(nominations.householdsEscaped),
      nearPoorHelped: total(nominations.nearPoorHelped),
      beneficiaryHouseholds: total(nominations.beneficiaryHouseholds),
      ethnicMinorityHouseholds: total(nominations.ethnicMinorityHouseholds),
      jobsCreated: total(nominations.jobsCreated),
      contributionVnd: total(nominations.contributionVnd),
    })
    .from(nominations)
    .where(exampleConditions(filters, area));
  return {
    householdsEscaped: Number(row?.householdsEscaped ?? 0),
    nearPoorHelped: Number(row?.nearPoorHelped ?? 0),
    beneficiaryHouseholds: Number(row?.beneficiaryHouseholds ?? 0),
    ethnicMinorityHouseholds: Number(row?.ethnicMinorityHouseholds ?? 0),
    jobsCreated: Number(row?.jobsCreated ?? 0),
    contributionVnd: Number(row?.contributionVnd ?? 0),
    startedYear: null,
  };
}

export async function getHeadlineTotals(db: Db) {
  const [row] = await db
    .select({
      examples: count(),
      communes: sql<number>`count(DISTINCT (${nominations.communeTree}, ${nominations.communeCode}))::int`,
      householdsEscaped: sql<number>`coalesce(sum(${nominations.householdsEscaped}), 0)::int`,
      beneficiaryHouseholds: sql<number>`coalesce(sum(${nominations.beneficiaryHouseholds}), 0)::int`,
    })
    .from(nominations)
    .where(eq(nominations.status, 'approved'));
  return {
    examples: row?.examples ?? 0,
    communes: Number(row?.communes ?? 0),
    householdsEscaped: Number(row?.householdsEscaped ?? 0),
    beneficiaryHouseholds: Number(row?.beneficiaryHouseholds ?? 0),
  };
}

/** Every campaign, newest first, each saying whether it has approved examples yet. */
export async function listCampaigns(db: Db) {
  const hasExamples = sql<boolean>`exists (select 1 from nominations n where n.campaign_id = campaigns.id and n.status = 'approved')`;
  return db
    .select({
      slug: campaigns.slug,
      name: campaigns.name,
      shortName: campaigns.shortName,
      startYear: campaigns.startYear,
      endYear: campaigns.endYear,
      hasExamples: hasExamples.mapWith(Boolean),
    })
    .from(campaigns)
    .orderBy(desc(campaigns.startYear), asc(campaigns.id));
}
