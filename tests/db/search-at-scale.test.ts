import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { countExampleFacets, countFacetsByGrouping } from '@/db/queries/example-facets';
import { listPublishedExamples } from '@/db/queries/examples';
import { exampleConditions, resolveAreaSelection } from '@/db/queries/example-filters';
import * as scale from '@/db/queries/search-at-scale';
import { countSearch } from '@/db/queries/search-at-scale';
import { insertNomination } from '@/db/queries/nomination-drafts';
import { campaigns, units } from '@/db/schema';
import type { ExampleFilters, Sort } from '@/lib/domain/example-filters';
import { createTestDatabase, type TestDatabase } from '../support/database';

// A search counted no further than a small cap stands in for one matching tens of thousands: the
// list says "more than", ranks only the examples whose title holds every word, and the facets come
// from a sample. A year the demo data leaves empty, so only these examples match.
const SEARCH = { q: 'thanh long', year: 2020 };
const CAP = 5;
// inTitle: the title holds both words ("Thanh niên xã Long Hòa" holds them apart, ranked lower).
const EXAMPLES = [
  { title: 'Vườn thanh long ruột đỏ số một', story: '', inTitle: 3, approvedAt: '2030-01-01 00:00:00+00', escaped: 3 },
  { title: 'Vườn thanh long ruột đỏ số hai', story: '', inTitle: 3, approvedAt: '2027-01-01 00:00:00+00', escaped: null },
  { title: 'Thanh niên xã Long Hòa nuôi ong', story: '', inTitle: 1, approvedAt: '2031-01-01 00:00:00+00', escaped: 5 },
  { title: 'Thanh niên xã Long Phú trồng nấm', story: '', inTitle: 1, approvedAt: '2026-01-01 00:00:00+00', escaped: 1 },
  { title: 'Đoàn thanh niên lập quỹ học bổng', story: 'Quỹ mang tên ông Long.', inTitle: 0, approvedAt: '2032-01-01 00:00:00+00', escaped: 6 },
  { title: 'Tổ hợp tác trồng cây ăn quả', story: 'Giống thanh long đỏ.', inTitle: 0, approvedAt: '2029-01-01 00:00:00+00', escaped: 2 },
  { title: 'Hợp tác xã rau sạch bản Mới', story: 'Xen canh thanh long.', inTitle: 0, approvedAt: '2033-01-01 00:00:00+00', escaped: 7 },
  { title: 'Tổ vay vốn chăn nuôi bò', story: 'Trồng cỏ dưới gốc thanh long.', inTitle: 0, approvedAt: '2028-01-01 00:00:00+00', escaped: 4 },
];

let database: TestDatabase;
const inserted: { slug: string; inTitle: number; approvedAt: string; escaped: number | null }[] = [];

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  const [unit] = await database.db.select({ id: units.id }).from(units).where(eq(units.name, 'Hội Nông dân huyện Bù Gia Mập'));
  const [campaign] = await database.db.select({ id: campaigns.id }).from(campaigns);
  for (const [i, e] of EXAMPLES.entries()) {
    const row = await insertNomination(database.db, {
      campaignId: campaign!.id,
      year: 2020,
      communeTree: '2024',
      communeCode: '25267',
      unitId: unit!.id,
      nomineeKind: i % 2 ? 'household' : 'model',
      field: 'jobs',
      title: e.title,
      nomineeName: 'Tổ sản xuất',
      story: e.story,
      status: 'approved',
    });
    await database.db.execute(sql`UPDATE nominations SET approved_at = ${e.approvedAt}::timestamptz, households_escaped = ${e.escaped} WHERE id = ${row.id}`);
    inserted.push({ slug: row.slug, inTitle: e.inTitle, approvedAt: e.approvedAt, escaped: e.escaped });
  }
});
afterAll(() => database.dispose());

const list = (filters: ExampleFilters, limit: number, countCap?: number, rankCap?: number, narrowedCountCap?: number) =>
  listPublishedExamples(database.db, { filters: { ...SEARCH, ...filters }, limit, countCap, rankCap, narrowedCountCap });
const newest = (a: { approvedAt: string }, b: { approvedAt: string }) => (a.approvedAt < b.approvedAt ? 1 : -1);
const slugs = (rows: { slug: string }[]) => rows.map((r) => r.slug);

async function walk(sort: Sort, limit: number, countCap?: number) {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 20; pages++) {
    const page = await list({ sort, cursor }, limit, countCap);
    seen.push(...slugs(page.items));
    if (!page.nextCursor) return { seen, last: page };
    cursor = page.nextCursor;
  }
  throw new Error('paging did not end');
}

describe('a search too large to count', () => {
  it('says how many it counted and that there are more', async () => {
    const page = await list({}, 3, CAP);
    expect(page.totalExact).toBe(false);
    expect(page.total).toBe(CAP);
  });

  it('ranks the examples whose title holds every word first, then the rest newest first', async () => {
    const titled = inserted.filter((e) => e.inTitle > 0).sort((a, b) => b.inTitle - a.inTitle || newest(a, b));
    const rest = inserted.filter((e) => e.inTitle === 0).sort(newest);
    const page = await list({}, 100, CAP);
    expect(slugs(page.items)).toEqual(slugs([...titled, ...rest]));
    // Paging by offset through the two parts gives the same sequence, and stops at the counted range.
    const { seen, last } = await walk('relevance', 2, CAP);
    expect(seen).toEqual(slugs([...titled, ...rest]).slice(0, 6));
    expect(last.pagingCapped).toBe(true);
  });

  it('pages newest first through every match, past the counted range', async () => {
    const { seen, last } = await walk('newest', 3, CAP);
    expect(seen).toEqual(slugs([...inserted].sort(newest)));
    expect(last.pagingCapped).toBe(false);
  });

  it('gives the same pages in a commune, which is sorted instead of walked', async () => {
    const inCommune = { commune: { tree: '2024' as const, code: '25267' } };
    const byDate = await list({ ...inCommune, sort: 'newest' }, 100, CAP);
    expect(byDate.totalExact).toBe(false);
    expect(slugs(byDate.items)).toEqual(slugs([...inserted].sort(newest)));
    const byImpact = await list({ ...inCommune, sort: 'impact' }, 100, CAP);
    expect(slugs(byImpact.items)).toEqual(slugs([...inserted].sort((a, b) => (b.escaped ?? 0) - (a.escaped ?? 0))));
  });

  it('sorts by impact through every match, past the counted range', async () => {
    const { seen, last } = await walk('impact', 3, CAP);
    expect(seen).toEqual(slugs([...inserted].sort((a, b) => (b.escaped ?? 0) - (a.escaped ?? 0))));
    expect(last.pagingCapped).toBe(false);
  });

  it('estimates the facets from a sample and says so', async () => {
    const area = (await list({}, 1)).area;
    // The whole table as the sample: the estimate must then equal the exact counts.
    const estimated = await countExampleFacets(database.db, { filters: SEARCH, area, countCap: CAP, samplePercent: 100 });
    const exact = await countFacetsByGrouping(database.db, { filters: SEARCH, area });
    expect(estimated.estimated).toBe(true);
    expect([...estimated.kind].sort()).toEqual([...exact.kind].sort());
    expect(estimated.kind.get('model')).toBe(4);
  });
});

describe('facets of a small list within a large search', () => {
  it('estimate the facet whose own filter, left out, leaves a large search', async () => {
    const filters = { ...SEARCH, kind: 'model' as const };
    const area = (await list({ kind: 'model' }, 1)).area;
    const facets = await countExampleFacets(database.db, { filters, area, countCap: CAP, samplePercent: 100 });
    expect(facets.estimated).toBe(true);
    // The kind facet counts the search of every kind (8, over the cap); the list itself holds 4.
    expect(facets.kind.get('household')).toBe(4);
    expect(facets.year.get(2020)).toBe(4);
  });
});

describe('a search counted exactly but too large to rank every match', () => {
  it('keeps the exact count and ranks title matches first', async () => {
    const page = await list({}, 100, undefined, CAP);
    expect(page.totalExact).toBe(true);
    expect(page.total).toBe(EXAMPLES.length);
    expect(page.pagingCapped).toBe(false);
    const titled = inserted.filter((e) => e.inTitle > 0).sort((a, b) => b.inTitle - a.inTitle || newest(a, b));
    const rest = inserted.filter((e) => e.inTitle === 0).sort(newest);
    expect(slugs(page.items)).toEqual(slugs([...titled, ...rest]));
  });
});

describe('a search small enough to count', () => {
  it('counts exactly and ranks every match as before', async () => {
    const page = await list({}, 100);
    expect(page.totalExact).toBe(true);
    expect(page.total).toBe(EXAMPLES.length);
    expect(page.pagingCapped).toBe(false);
    // Exact relevance: a title holding one of the words ("Đoàn thanh niên") ranks above a story mention.
    expect(page.items[4]!.title).toBe('Đoàn thanh niên lập quỹ học bổng');
  });

  it('groups the facets exactly', async () => {
    const area = (await list({}, 1)).area;
    const facets = await countExampleFacets(database.db, { filters: SEARCH, area });
    expect(facets.estimated).toBeUndefined();
    expect(facets.kind.get('household')).toBe(4);
  });
});

describe('a search narrowed by another filter', () => {
  it('is counted only up to the narrowed cap, and says there are more', async () => {
    // The year narrows this search: its own cap (here 100) gives way to the narrowed one (3).
    const page = await list({}, 2, 100, undefined, 3);
    expect(page).toMatchObject({ total: 3, totalExact: false });
    expect(page.items).toHaveLength(2);
    // The same search without the year is not narrowed: counted up to its own cap, exactly.
    const whole = await list({ year: undefined }, 2, 100, undefined, 3);
    expect(whole.totalExact).toBe(true);
    expect(whole.total).toBeGreaterThanOrEqual(EXAMPLES.length);
  });

  it('estimates its facets once past the narrowed cap', async () => {
    const area = (await list({}, 1)).area;
    const estimated = await countExampleFacets(database.db, { filters: SEARCH, area, countCap: 100, narrowedCountCap: 3, samplePercent: 100 });
    expect(estimated.estimated).toBe(true);
    expect(estimated.kind.get('model')).toBe(4);
    const exact = await countExampleFacets(database.db, { filters: SEARCH, area, countCap: 100, narrowedCountCap: 100 });
    expect(exact.estimated).toBeUndefined();
  });
});

describe('a search surely large from its sample', () => {
  // The words alone (no year): every example holding them, the demo's included, and the whole table as the sample.
  const WORDS = { q: SEARCH.q };
  const WHOLE = { percent: 100, minRows: 1 };
  const countOf = async (filters: ExampleFilters, cap: number, sample = WHOLE) => {
    const area = await resolveAreaSelection(database.db, filters);
    return countSearch(database.db, { filters, area, where: exampleConditions(filters, area), cap, sample });
  };

  it('is not counted when its sample holds twice the cap', async () => {
    const exact = await countOf(WORDS, 1_000);
    expect(exact).toEqual({ n: exact.n, exact: true });
    expect(exact.n).toBeGreaterThanOrEqual(EXAMPLES.length);
    const cap = Math.floor(exact.n / 2);
    expect(await countOf(WORDS, cap)).toEqual({ n: cap, exact: false, sampled: true });
    const page = await listPublishedExamples(database.db, { filters: WORDS, limit: 3, countCap: cap, sureSample: WHOLE });
    expect(page).toMatchObject({ total: cap, totalExact: false });
    expect(page.items).toHaveLength(3);
  });

  it('is counted when its sample holds less than twice the cap, or too few rows to believe', async () => {
    const { n } = await countOf(WORDS, 1_000);
    expect(await countOf(WORDS, n - 1)).toEqual({ n: n - 1, exact: false });
    expect(await countOf(WORDS, Math.floor(n / 2), { percent: 100, minRows: n + 1 })).toEqual({ n: Math.floor(n / 2), exact: false });
  });

  it('is always counted when narrowed by another filter, whose examples a sample of pages catches or misses whole', async () => {
    expect(await countOf(SEARCH, 2)).toEqual({ n: 2, exact: false });
    expect(await countOf({ ...WORDS, kind: 'model' }, 1)).toEqual({ n: 1, exact: false });
  });

  it('decides the facet of the narrowing filter, which counts the words alone, without counting them', async () => {
    const area = await resolveAreaSelection(database.db, SEARCH);
    const counts = vi.spyOn(scale, 'countUpTo');
    try {
      // The year facet of a search within a year counts the words in every year: surely large from the sample.
      const facets = await countExampleFacets(database.db, { filters: SEARCH, area, narrowedCountCap: 3, samplePercent: 100, sureSample: WHOLE });
      expect(facets.estimated).toBe(true);
      expect(facets.year.get(2020)).toBe(EXAMPLES.length);
      // One count only, of the list's own matches (within the year) for the facets that keep every filter.
      expect(counts).toHaveBeenCalledTimes(1);
      // Without a sample that finds it large, the year facet's matches are counted, to the same counts.
      const counted = await countExampleFacets(database.db, {
        filters: SEARCH,
        area,
        narrowedCountCap: 3,
        samplePercent: 100,
        sureSample: { percent: 100, minRows: 10_000 },
      });
      expect(counted).toEqual(facets);
    } finally {
      counts.mockRestore();
    }
  });
});
