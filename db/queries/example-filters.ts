import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { AdminTree } from '@/lib/domain/vocabulary';
import type { ExampleFilters } from '@/lib/domain/example-filters';
import { queryWords } from '@/lib/domain/fold';
import type { Db } from '../client';
import { adminUnits, campaigns, nominations, type publicExampleWords } from '../schema';
import { getAdminUnit, type AdminUnitRef } from './admin-units';

export interface AreaSelection {
  province: AdminUnitRef | null;
  district: AdminUnitRef | null;
  commune: AdminUnitRef | null;
  /** A code that names no unit of its level: the result is empty, and the page says why. */
  unknown: 'province' | 'district' | 'commune' | null;
  /** The words of `q` matched no published example exactly, so the search tolerates typos (see searchCondition). */
  fuzzySearch?: boolean;
}

async function existsIn(db: Db, tree: AdminTree, code: string): Promise<boolean> {
  const [row] = await db
    .select({ code: adminUnits.code })
    .from(adminUnits)
    .where(and(eq(adminUnits.tree, tree), eq(adminUnits.code, code)));
  return Boolean(row);
}

/**
 * Works out which units the area filters name. A bare code means the current (2025) unit
 * when there is one; a commune chosen under an old district is read in the old tree.
 */
export async function resolveAreaSelection(db: Db, filters: ExampleFilters): Promise<AreaSelection> {
  const selection: AreaSelection = { province: null, district: null, commune: null, unknown: null };
  if (filters.province) {
    const tree = filters.province.tree ?? ((await existsIn(db, '2025', filters.province.code)) ? '2025' : '2024');
    const unit = await getAdminUnit(db, { tree, code: filters.province.code });
    if (unit?.level === 1) selection.province = unit;
    else selection.unknown = 'province';
  }
  if (filters.district) {
    const unit = await getAdminUnit(db, { tree: '2024', code: filters.district });
    if (unit?.level === 2) selection.district = unit;
    else selection.unknown ??= 'district';
  }
  if (filters.commune) {
    const tree =
      filters.commune.tree ??
      (filters.district || selection.province?.tree === '2024' ? '2024' : (await existsIn(db, '2025', filters.commune.code)) ? '2025' : '2024');
    const unit = await getAdminUnit(db, { tree, code: filters.commune.code });
    const isCommune = unit && (tree === '2024' ? unit.level === 3 : unit.level === 2);
    if (isCommune) selection.commune = unit;
    else selection.unknown ??= 'commune';
  }
  if (filters.q) selection.fuzzySearch = !(await hasExactMatch(db, filters.q));
  return selection;
}

/**
 * Whether any example holds every word, asked of the titles first: a common phrase is in some title,
 * and the title index hands over a few thousand entries where the document index builds a bitmap of
 * every match (tens of thousands) before the first row comes back.
 */
async function hasExactMatch(db: Db, q: string): Promise<boolean> {
  const exact = searchCondition(q, false);
  if (!exact) return true;
  const exists = async (condition: SQL) =>
    (
      await db
        .select({ found: sql<number>`1` })
        .from(nominations)
        .where(and(eq(nominations.status, 'approved'), condition))
        .limit(1)
    ).length > 0;
  const inTitle = titleHolds(q);
  return (inTitle !== null && (await exists(inTitle))) || exists(exact);
}

export type FilterDimension = 'area' | 'campaign' | 'year' | 'kind' | 'field' | 'q';

/**
 * The table the filters read: nominations, or public_example_words, the published examples' words and facet
 * keys under the same column names, which the facet sample reads (db/queries/example-facets.ts).
 */
export type FilterTable = typeof nominations | typeof publicExampleWords;

function areaConditions(area: AreaSelection, t: FilterTable): SQL[] {
  if (area.unknown) return [sql`false`];
  const out: SQL[] = [];
  if (area.province) {
    out.push(area.province.tree === '2025' ? eq(t.provinceCodeNew, area.province.code) : eq(t.provinceCodeOld, area.province.code));
  }
  if (area.district) out.push(eq(t.districtCode, area.district.code));
  if (area.commune) {
    // A new commune gathers everything recorded under the old communes it absorbed.
    out.push(
      area.commune.tree === '2025'
        ? sql`${t.currentCommuneCodes} @> ARRAY[${area.commune.code}]::text[]`
        : and(eq(t.communeTree, '2024'), eq(t.communeCode, area.commune.code))!,
    );
  }
  return out;
}

/**
 * A tsquery in the input syntax, every word quoted as one lexeme: words hold only letters and digits
 * (queryWords), so the quoting is belt and braces; the text goes in as a parameter, never into the SQL.
 */
export function wordsQuery(words: string[]): string {
  return words.map((w) => `'${w.replace(/['\\]/g, '\\$&')}'`).join(' & ');
}

/**
 * Every folded query word must be a whole word of the document (search_words, the document split on
 * anything that is not a letter or digit, as queryWords splits the query): "am" finds "mái ấm", not
 * "nam". The last word is not a prefix: a Vietnamese word is one short syllable, and "bo*" would bring
 * back "bong", "bot" and "bon", the noise whole words remove (a typed fragment still meets the fuzzy
 * fallback). The tsquery is read in a sub-select so the planner does not see it: seeing how common the
 * words are, it would scan the table and unpack every row's word list, seconds where the GIN index
 * takes milliseconds.
 * With `fuzzy` (used only when nothing matches exactly, so a typo never drowns real matches) a word of
 * four or more letters may instead be close to a whole word of the document: `<<%` is strict word
 * similarity above pg_trgm.strict_word_similarity_threshold, set to 0.3 on every connection
 * (db/client.ts), which lets one doubled, missing, swapped or wrong letter pass. The fuzzy match reads the
 * document, which only nominations holds.
 */
export function searchCondition(q: string | undefined, fuzzy = false, t: FilterTable = nominations): SQL | null {
  if (!q?.trim()) return null;
  const words = queryWords(q);
  // Only symbols ("%", "_", emoji): nothing to search for, so nothing is found.
  if (words.length === 0) return sql`false`;
  if (!fuzzy) return sql`${t.searchWords} @@ (SELECT ${wordsQuery(words)}::tsquery)`;
  if (t !== nominations) throw new Error('A fuzzy search reads the document, which only nominations holds.');
  const perWord = words.map((word) => {
    const whole = sql`${nominations.searchWords} @@ ${wordsQuery([word])}::tsquery`;
    return word.length >= 4 ? sql`(${whole} OR ${word} <<% ${nominations.searchDocument})` : whole;
  });
  return and(...perWord)!;
}

/**
 * Every query word is a whole word of the title, through the title's own GIN index
 * (title_words and its index nominations_title_words_idx, migration 0027). The tsquery is written out here, unlike in
 * searchCondition: over short titles the planner's word statistics are what lets it walk the date
 * index for a word most titles hold instead of sorting all of them.
 */
export function titleHolds(q: string): SQL | null {
  const words = queryWords(q);
  if (words.length === 0) return null;
  return sql`${nominations.titleWords} @@ ${wordsQuery(words)}::tsquery`;
}

/** A regular expression for the words in this order as whole words, anything else between them. */
function wholeWords(words: string[]): string {
  return `\\m${words.join('[^[:alnum:]]+')}\\M`;
}

/**
 * The title weighs most: the whole phrase there first, then the share of the words it holds. Only the
 * short folded title is read, never the document or its word list, so ranking 50 000 matches of a
 * common word costs a few regular-expression tests per row (ts_rank would unpack every word list).
 */
export function relevanceOrder(q: string | undefined): SQL | null {
  const words = queryWords(q ?? '');
  if (words.length === 0) return null;
  const inTitle = words.map((w) => sql`(${nominations.titleFolded} ~ ${wholeWords([w])})::int`);
  return sql`(CASE WHEN ${nominations.titleFolded} ~ ${wholeWords(words)} THEN 2 ELSE 0 END
    + (${sql.join(inTitle, sql` + `)})::float / ${words.length})`;
}

/**
 * Conditions for published examples matching the filters, leaving out one dimension (for facet counts),
 * on nominations or on public_example_words (every row of which is published).
 */
export function exampleConditions(filters: ExampleFilters, area: AreaSelection, except?: FilterDimension, t: FilterTable = nominations): SQL {
  const parts: SQL[] = [t === nominations ? eq(nominations.status, 'approved') : sql`true`];
  if (except !== 'area') parts.push(...areaConditions(area, t));
  if (filters.campaign && except !== 'campaign') {
    parts.push(sql`${t.campaignId} = (SELECT ${campaigns.id} FROM ${campaigns} WHERE ${campaigns.slug} = ${filters.campaign})`);
  }
  const year = filters.year !== undefined && except !== 'year' ? filters.year : undefined;
  if (year !== undefined) parts.push(eq(t.year, year));
  if (filters.kind && except !== 'kind') parts.push(eq(t.nomineeKind, filters.kind));
  if (filters.field && except !== 'field') parts.push(eq(t.field, filters.field));
  const fuzzy = area.fuzzySearch ?? false;
  const search = except === 'q' ? null : year !== undefined && !fuzzy && t === nominations ? yearWords(filters.q, year) : searchCondition(filters.q, fuzzy, t);
  if (search) parts.push(search);
  return and(...parts)!;
}

/** The year as a word of nominations_search_words_year_idx (migration 0029): no query word holds "~". */
const yearLexeme = (year: number) => `~y${year}`;

/**
 * The words and the year, matched in nominations_search_words_year_idx: the index hands over one year's
 * matches instead of every year's, each then read to test its year (3 409 table pages for 1 001 matches of
 * "giảm" in 2024, against 964). The expression is written as the index's, word for word, or the planner
 * would not find it; the year's own condition stays beside it.
 */
export function yearWords(q: string | undefined, year: number): SQL | null {
  const words = queryWords(q ?? '');
  // No query, or only symbols: searchCondition's answer (nothing to match, or nothing found).
  if (!q?.trim() || words.length === 0) return searchCondition(q);
  return sql`(${nominations.searchWords} || array_to_tsvector(ARRAY['~y' || ${nominations.year}::text])) @@ (SELECT ${`${wordsQuery(words)} & '${yearLexeme(year)}'`}::tsquery)`;
}
