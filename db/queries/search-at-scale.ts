import { and, count, desc, eq, not, sql, type SQL } from 'drizzle-orm';
import type { ExampleFilters } from '@/lib/domain/example-filters';
import type { Db } from '../client';
import { nominations, publicExampleWords } from '../schema';
import { exampleConditions, relevanceOrder, titleHolds, type AreaSelection, type FilterTable } from './example-filters';

/**
 * Above this many matches a search is "large": the list says "hơn 10.000", ranks only the examples
 * whose title holds every word, and the facets are estimated from a sample. Counting, ranking or
 * grouping 90 000 matches of a common word reads 90 000 wide rows; nobody pages that far.
 */
export const SEARCH_COUNT_CAP = 10_000;

/**
 * A search narrowed by another filter (a year, a place, a kind, a field, a campaign) is counted up to
 * this many. The word index cannot apply the other filter, so counting to 10 000 visits every match of
 * the words: for "hợp tác" in one year, some 40 000 rows to find 8 000; to 1 000, about a tenth of that.
 */
export const NARROWED_COUNT_CAP = 1_000;

/** The count cap for a search with these filters (`cap` when it is the search alone). */
export function searchCountCap(filters: ExampleFilters, cap: number = SEARCH_COUNT_CAP, narrowedCap: number = NARROWED_COUNT_CAP): number {
  return isNarrowed(filters) ? Math.min(cap, narrowedCap) : cap;
}

/** A filter besides the words: the matches are no longer spread evenly along the date index. */
function isNarrowed(filters: ExampleFilters): boolean {
  return filters.year !== undefined || Boolean(filters.kind || filters.field || filters.campaign || filters.province || filters.district || filters.commune);
}

/**
 * Up to this many matches a search keeps its exact relevance order (every match ranked); more are
 * ranked title first (largeSearchSlices), which reads about a page's worth of rows however many match.
 */
export const SEARCH_RANK_CAP = 1_000;

/**
 * Title matches up to this many are ranked by relevance; more are listed newest first (still ahead of
 * the rest), found by walking the date index. Either way a page reads at most about a thousand rows:
 * ranking reads every title match, the walk reads 13 × (registry ÷ title matches) rows.
 */
const TITLE_RANK_CAP = 1_000;

export interface CappedCount {
  /** The exact count, or `cap` when more match. */
  n: number;
  exact: boolean;
  /** Found large from a sample alone, without counting (countSearch). */
  sampled?: boolean;
}

/** Share of the table's pages sampled for estimates: some 2 000 rows of 100 000. */
export const SAMPLE_PERCENT = 2;

/**
 * A sample of the table's pages, and how much to scale its counts by. A fixed seed: the same search gives
 * the same estimate on every visit, and the page cache agrees.
 */
export function sampleOf(table: FilterTable, percent: number): { from: SQL; scale: number } {
  const p = Math.min(100, Math.max(0.01, percent));
  return { from: sql`${table} TABLESAMPLE SYSTEM (${sql.raw(String(p))}) REPEATABLE (7)`, scale: 100 / p };
}

/**
 * A search whose sample, scaled up, holds this many times the cap is large without being counted.
 * Counting to 10 001 reads 10 001 rows of nominations (40–50 ms at 100 000 examples: PostgreSQL's bitmap
 * scan fetches every row it counts, visible or not), where the sample reads some 2 000 narrow rows of
 * public_example_words (1 ms). A quarter of the bench's two-word searches match more than 10 000. Twice the
 * cap keeps a wrong "hơn 10.000" out of reach: on 300 of the bench's phrases the scaled sample was at most
 * 2,04 times a count of a few hundred, and within 1,25 times of counts near the cap.
 */
export const SURELY_LARGE_FACTOR = 2;

/**
 * The sample that tells a surely large search: the share of pages sampled, and the fewest matching rows it
 * must hold to be believed (a handful of pages caught or missed whole must not decide).
 */
export interface SureSample {
  percent: number;
  minRows: number;
}
export const SURE_SAMPLE: SureSample = { percent: SAMPLE_PERCENT, minRows: 100 };

/**
 * The list's count of a search: from the sample when it is surely large, else counted up to the cap. Only
 * the words alone are judged from the sample: a place, a year or a campaign gathers its examples on a
 * few pages, which a sample of pages catches or misses whole, and a fuzzy search reads the document,
 * which only nominations holds.
 */
export async function countSearch(
  db: Db,
  { filters, area, where, cap, sample = SURE_SAMPLE }: { filters: ExampleFilters; area: AreaSelection; where: SQL; cap: number; sample?: SureSample },
): Promise<CappedCount> {
  if (!isNarrowed(filters) && !area.fuzzySearch) {
    const { from, scale } = sampleOf(publicExampleWords, sample.percent);
    const [row] = await db
      .select({ n: count() })
      .from(from)
      .where(exampleConditions(filters, area, undefined, publicExampleWords));
    const rows = Number(row?.n ?? 0);
    if (rows >= sample.minRows && rows * scale >= SURELY_LARGE_FACTOR * cap) return { n: cap, exact: false, sampled: true };
  }
  return countUpTo(db, where, cap);
}

/**
 * Counts the matches, stopping at `cap + 1`: the sub-select has no columns, so on pages the visibility
 * map marks all-visible the bitmap scan never reads the table.
 */
export async function countUpTo(db: Db, where: SQL, cap: number): Promise<CappedCount> {
  const [row] = await db.select({ n: count() }).from(sql`(SELECT FROM ${nominations} WHERE ${where} LIMIT ${cap + 1}) AS capped`);
  const n = Number(row?.n ?? 0);
  return n > cap ? { n: cap, exact: false } : { n, exact: true };
}

const newestFirst = [desc(nominations.approvedAt), desc(nominations.id)];

/**
 * The match written so that no index answers it and the planner cannot gauge it (it takes a coalesce()
 * to hold for half the rows): for a search matching a large share of the registry, walking the date
 * index and testing a few dozen rows finds a page, where the word index would hand every match to a sort.
 */
export const walkable = (where: SQL) => and(eq(nominations.status, 'approved'), sql`coalesce((${where}), false)`)!;

/**
 * How a large search's matches are written for one order (walkable and its variants). A walk finds a page
 * in a few dozen rows when the matches are spread along the index it walks. A place gathers a small set
 * that the planner sorts at once, so it is not walked. A year gathers the matches at one end of the date
 * index: walked newest first from there, "vay vốn" in 2024 passed 20 000 later examples before its first
 * match; a date order within a year walks nominations_approved_year_date_idx instead (migration 0027).
 * Kind, field and campaign spread over every date and every impact, so they are walked as the words are.
 */
export function walkFor(filters: ExampleFilters, byDate: boolean): (where: SQL) => SQL {
  if (filters.province || filters.district || filters.commune) return (where) => where;
  const year = filters.year;
  if (byDate && year !== undefined) return (where) => and(eq(nominations.status, 'approved'), eq(nominations.year, year), sql`coalesce((${where}), false)`)!;
  return walkable;
}

export interface RankedSlice {
  where: SQL;
  order: SQL[];
  limit: number;
  offset: number;
}

/**
 * The slices that make up `limit` rows from `offset` of a large search in relevance order: first the
 * examples whose title holds every word (ranked, when few enough to rank), then the other matches
 * newest first. Deterministic for a given registry, so offset cursors page through it without gaps.
 * Title matches are counted only as far as this page needs, since the rest begins after the last of them.
 */
export async function largeSearchSlices(
  db: Db,
  { where, withoutWords, q, walk, limit, offset }: { where: SQL; withoutWords: SQL; q: string; walk: (where: SQL) => SQL; limit: number; offset: number },
): Promise<RankedSlice[]> {
  const inTitle = titleHolds(q);
  const relevance = relevanceOrder(q);
  if (!inTitle || !relevance) return [{ where: walk(where), order: newestFirst, limit, offset }];
  // A title holding every word puts them in the document too (buildSearchDocument starts with the title),
  // so the title matches are found without testing the document's word list: unpacking it row by row
  // was most of a narrowed search's time ("hợp tác" in one year: 5 700 word lists, 0.2–0.5 s).
  const titleMatches = and(withoutWords, inTitle)!;
  const titles = await countUpTo(db, titleMatches, Math.max(TITLE_RANK_CAP, offset + limit));
  const ranked = titles.exact && titles.n <= TITLE_RANK_CAP;
  const titleSlice = ranked ? { where: titleMatches, order: [sql`${relevance} DESC`, ...newestFirst] } : { where: walk(titleMatches), order: newestFirst };
  const slices: RankedSlice[] = [];
  const fromTitles = Math.max(0, Math.min(limit, titles.n - offset));
  if (fromTitles > 0) slices.push({ ...titleSlice, limit: fromTitles, offset });
  if (fromTitles < limit && titles.exact) {
    slices.push({
      where: and(walk(where), not(inTitle))!,
      order: newestFirst,
      limit: limit - fromTitles,
      offset: Math.max(0, offset - titles.n),
    });
  }
  return slices;
}
