// The database work behind each public route, through the app's own query functions: the very
// calls the pages make (db/queries/public-pages.ts), and the list and facet queries on their own.
import type { Sql } from 'postgres';
import type { Db } from '../../db/client';
import { countExampleFacets } from '../../db/queries/example-facets';
import { resolveAreaSelection } from '../../db/queries/example-filters';
import { listPublishedExamples } from '../../db/queries/examples';
import { getCommunePageData, getExamplePageData, getHomePageData, listFeedExamples } from '../../db/queries/public-pages';
import type { AdminTree } from '../../lib/domain/vocabulary';
import type { ExampleFilters } from '../../lib/domain/example-filters';
import { phraseFromTitle } from './params';
import { Rng } from './rng';
import type { DbQueryClass } from './targets';

export interface ParamSets {
  districtYears: { code: string; year: number }[];
  communes: { tree: AdminTree; code: string; year: number }[];
  slugs: string[];
  phrases: string[];
}

export interface DbCase {
  name: string;
  queryClass: DbQueryClass;
  /** Cases without parameters repeat the same query; fewer samples say as much. */
  varies: boolean;
  describe(i: number): string;
  run(db: Db, i: number): Promise<unknown>;
}

/** Up to `count` different parameter sets of each kind, in a stable random order. */
export async function loadParamSets(sql: Sql, count: number): Promise<ParamSets> {
  const rng = new Rng(4242);
  const take = <T>(rows: T[]) => rng.shuffle(rows).slice(0, count);
  const districtYears = await sql<{ code: string; year: number }[]>`
    SELECT district_code AS code, year::int AS year FROM nominations
    WHERE status = 'approved' AND district_code IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`;
  const current = await sql<{ tree: AdminTree; code: string; year: number }[]>`
    SELECT '2025' AS tree, c AS code, year::int AS year FROM nominations, unnest(current_commune_codes) AS c
    WHERE status = 'approved' GROUP BY 2, 3 ORDER BY 2, 3`;
  const recorded = await sql<{ tree: AdminTree; code: string; year: number }[]>`
    SELECT commune_tree AS tree, commune_code AS code, year::int AS year FROM nominations
    WHERE status = 'approved' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
  const examples = await sql<{ slug: string; title: string }[]>`
    SELECT slug, title FROM nominations WHERE status = 'approved' ORDER BY md5(slug) LIMIT ${count}`;
  // Half current communes (the usual link), half communes as recorded (old-tree pages).
  const communes = [...take(current).slice(0, Math.ceil(count / 2)), ...take(recorded)].slice(0, count);
  return {
    districtYears: take(districtYears),
    communes: rng.shuffle(communes),
    slugs: examples.map((e) => e.slug),
    phrases: examples.map((e) => phraseFromTitle(e.title)),
  };
}

const at = <T>(list: T[], i: number): T => {
  if (list.length === 0) throw new Error('no parameters of this kind in the database');
  return list[i % list.length]!;
};

export function dbCases(p: ParamSets): DbCase[] {
  const districtFilters = (i: number): ExampleFilters => ({ district: at(p.districtYears, i).code, year: at(p.districtYears, i).year });
  const communeOf = (i: number) => at(p.communes, i);
  const facets = async (db: Db, filters: ExampleFilters) => countExampleFacets(db, { filters, area: await resolveAreaSelection(db, filters) });
  return [
    { name: 'list-all', queryClass: 'filter', varies: false, describe: () => '/examples', run: (db) => listPublishedExamples(db, { filters: {}, limit: 12 }) },
    { name: 'facets-all', queryClass: 'facets', varies: false, describe: () => '/examples', run: (db) => facets(db, {}) },
    {
      name: 'list-district-year',
      queryClass: 'filter',
      varies: true,
      describe: (i) => JSON.stringify(districtFilters(i)),
      run: (db, i) => listPublishedExamples(db, { filters: districtFilters(i), limit: 12 }),
    },
    { name: 'facets-district-year', queryClass: 'facets', varies: true, describe: (i) => JSON.stringify(districtFilters(i)), run: (db, i) => facets(db, districtFilters(i)) },
    {
      name: 'search',
      queryClass: 'search',
      varies: true,
      describe: (i) => at(p.phrases, i),
      run: (db, i) => listPublishedExamples(db, { filters: { q: at(p.phrases, i) }, limit: 12 }),
    },
    { name: 'facets-search', queryClass: 'facets', varies: true, describe: (i) => at(p.phrases, i), run: (db, i) => facets(db, { q: at(p.phrases, i) }) },
    {
      name: 'example-detail',
      queryClass: 'filter',
      varies: true,
      describe: (i) => at(p.slugs, i),
      run: (db, i) => getExamplePageData(db, { slug: at(p.slugs, i) }),
    },
    {
      name: 'commune-page',
      queryClass: 'filter',
      varies: true,
      describe: (i) => `${communeOf(i).tree}:${communeOf(i).code}`,
      run: (db, i) => getCommunePageData(db, { trees: [communeOf(i).tree], code: communeOf(i).code }),
    },
    {
      name: 'api-commune-year',
      queryClass: 'filter',
      varies: true,
      describe: (i) => `${communeOf(i).tree}:${communeOf(i).code} ${communeOf(i).year}`,
      run: (db, i) => {
        const { tree, code, year } = communeOf(i);
        return listPublishedExamples(db, { filters: { commune: { tree, code }, year }, limit: 20 });
      },
    },
    { name: 'feed', queryClass: 'filter', varies: false, describe: () => '/feed.xml', run: (db) => listFeedExamples(db, { area: {} }) },
    { name: 'home', queryClass: 'info', varies: false, describe: () => '/', run: getHomePageData },
  ];
}
