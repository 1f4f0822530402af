// The long tail: URLs drawn at random from the whole data set, as real visitors spread over it,
// so that the page cache cannot answer from a URL it has already seen (issue 20 part 1).
import type { Sql } from 'postgres';
import { queryWords } from '../../lib/domain/fold';
import { COMMON, NoDataError, wordPairs } from './params';
import { Rng } from './rng';

/** What visitors do, in percent of requests. */
export const MIX_WEIGHTS = { example: 55, communeYearList: 15, search: 10, communePage: 10, api: 5, homeStats: 5 } as const;
export type MixCategory = keyof typeof MIX_WEIGHTS;

/** Enough for every approved example of a national data set. */
export const MAX_SLUGS = 100_000;

export interface CommuneRef {
  tree: string;
  code: string;
}

export interface LongTailPools {
  /** Approved examples' slugs. */
  slugs: string[];
  /** Every (commune as recorded, year) with an approved example: the list and API filters. */
  communeYears: (CommuneRef & { year: number })[];
  /** Every commune page with an example: current (2025) communes and old (2024) ones. */
  communes: CommuneRef[];
  /** Every distinct two-word phrase of the approved titles. */
  phrases: string[];
  /** Searches for the words most titles share, each with a different year or sort: new URLs, large results. */
  commonSearches: string[];
}

const SORT_VARIANTS = ['', 'newest', 'impact'] as const;
const COMMON_WORDS = 20;
const COMMON_PAIRS = 30;

/** The words and neighbouring pairs found in the most titles (not the words every title has). */
export function commonTerms(titles: readonly string[]): string[] {
  const words = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const title of titles) {
    for (const w of new Set(queryWords(title, 40))) if (w.length >= 3 && !COMMON.has(w)) words.set(w, (words.get(w) ?? 0) + 1);
    for (const p of new Set(wordPairs(title))) pairs.set(p, (pairs.get(p) ?? 0) + 1);
  }
  // Ties by the text itself: the same data gives the same terms.
  const top = (counts: Map<string, number>, n: number) =>
    [...counts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, n)
      .map(([term]) => term);
  return [...top(words, COMMON_WORDS), ...top(pairs, COMMON_PAIRS)];
}

/** Each common term × (every year or one year) × sort order: the same heavy search under URLs not seen before. */
export function commonSearchQueries(terms: readonly string[], years: readonly number[]): string[] {
  const out: string[] = [];
  for (const term of terms) {
    for (const year of [null, ...years]) {
      for (const sort of SORT_VARIANTS) {
        const query = new URLSearchParams({ q: term });
        if (year !== null) query.set('year', String(year));
        if (sort) query.set('sort', sort);
        out.push(query.toString());
      }
    }
  }
  return out;
}

export async function loadLongTailPools(sql: Sql, maxSlugs = MAX_SLUGS): Promise<LongTailPools> {
  // Beyond the limit, a subset spread over the whole set (as params.ts picks), not the first slugs in order.
  const examples = await sql<{ slug: string; title: string }[]>`
    SELECT slug, title FROM nominations WHERE status = 'approved' ORDER BY md5(slug) LIMIT ${maxSlugs}`;
  const communeYears = await sql<(CommuneRef & { year: number })[]>`
    SELECT commune_tree AS tree, commune_code AS code, year::int AS year FROM nominations
    WHERE status = 'approved' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
  const communes = await sql<CommuneRef[]>`
    SELECT DISTINCT '2025' AS tree, c AS code FROM nominations, unnest(current_commune_codes) AS c WHERE status = 'approved'
    UNION
    SELECT DISTINCT '2024' AS tree, commune_code AS code FROM nominations WHERE status = 'approved' AND commune_tree = '2024'
    ORDER BY 1, 2`;
  const titles = examples.map((e) => e.title);
  const years = [...new Set(communeYears.map((c) => c.year))].sort((a, b) => a - b);
  const pools: LongTailPools = {
    slugs: examples.map((e) => e.slug),
    communeYears: [...communeYears],
    communes: [...communes],
    phrases: [...new Set(titles.flatMap(wordPairs))].sort(),
    commonSearches: commonSearchQueries(commonTerms(titles), years),
  };
  const empty = Object.entries(pools).find(([, list]) => (list as unknown[]).length === 0);
  if (empty) throw new NoDataError(`Không dựng được nhóm đường dẫn “${empty[0]}” cho phép đo đuôi dài: hãy chạy npm run bench:seed trước.`);
  return pools;
}

/** The app's public URL of a commune page: current communes by code, old ones prefixed by their tree. */
export const communePagePath = (c: CommuneRef) => `/communes/${c.tree === '2025' ? c.code : `2024-${c.code}`}`;

/** A shuffled pool dealt one URL at a time; when it runs out it is shuffled again (the row's distinct count shows it). */
class Deck {
  private order: string[] = [];
  private cursor = 0;

  constructor(
    private readonly urls: readonly string[],
    private readonly rng: Rng,
  ) {}

  get size(): number {
    return this.urls.length;
  }

  take(): string {
    if (this.cursor >= this.order.length) {
      this.order = this.rng.shuffle(this.urls);
      this.cursor = 0;
    }
    return this.order[this.cursor++]!;
  }
}

/** The long-tail rows of the bench: the mix, and three of its parts on their own. */
export type LongTailStream = 'mix' | 'examples' | 'communeYearLists' | 'commonSearches';

/**
 * All long-tail URLs of one run. One deck per kind of URL, shared by the rows, so that a URL a row
 * has used is not dealt again (to the same row or another) until its whole deck has been dealt.
 */
export class LongTailUrls {
  private readonly rng: Rng;
  private readonly decks: Record<MixCategory | 'commonSearch', Deck>;

  constructor(pools: LongTailPools, seed: number) {
    this.rng = new Rng(seed);
    const deck = (urls: string[]) => new Deck(urls, new Rng(this.rng.int(1, 2 ** 31)));
    this.decks = {
      example: deck(pools.slugs.map((s) => `/examples/${encodeURIComponent(s)}`)),
      communeYearList: deck(pools.communeYears.map((c) => `/examples?commune=${c.tree}:${c.code}&year=${c.year}`)),
      search: deck(pools.phrases.map((p) => `/examples?${new URLSearchParams({ q: p }).toString()}`)),
      communePage: deck(pools.communes.map(communePagePath)),
      api: deck(pools.communeYears.map((c) => `/api/v1/examples?commune=${c.tree}:${c.code}&year=${c.year}`)),
      // Two pages every visitor shares: these are cache hits, as they are in reality.
      homeStats: deck(['/', '/stats']),
      commonSearch: deck(pools.commonSearches.map((q) => `/examples?${q}`)),
    };
  }

  /** One request of the visitors' mix: a kind of page by weight, then the next URL of that kind. */
  nextMixed(): { category: MixCategory; url: string } {
    const category = this.rng.weighted(MIX_WEIGHTS);
    return { category, url: this.decks[category].take() };
  }

  next(stream: LongTailStream): string {
    switch (stream) {
      case 'mix':
        return this.nextMixed().url;
      case 'examples':
        return this.decks.example.take();
      case 'communeYearLists':
        return this.decks.communeYearList.take();
      case 'commonSearches':
        return this.decks.commonSearch.take();
    }
  }

  /** How many distinct URLs the stream can give before it repeats one. */
  poolSize(stream: LongTailStream): number {
    const d = this.decks;
    if (stream === 'examples') return d.example.size;
    if (stream === 'communeYearLists') return d.communeYearList.size;
    if (stream === 'commonSearches') return d.commonSearch.size;
    return d.example.size + d.communeYearList.size + d.search.size + d.communePage.size + d.api.size + 2;
  }

  poolSizes(): Record<string, number> {
    return Object.fromEntries(Object.entries(this.decks).map(([k, deck]) => [k, deck.size]));
  }
}
