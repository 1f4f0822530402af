import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, sql } from 'drizzle-orm';
import { getPublishedExampleBySlug, listRelatedExamples } from '@/db/queries/example-detail';
import { countExampleFacets, type FacetMemo } from '@/db/queries/example-facets';
import { listPublishedExamples, sumExampleImpact } from '@/db/queries/examples';
import { nominations } from '@/db/schema';
import { DEMO_NOMINATIONS } from '@/db/seed/demo-nominations';
import { toApiItem } from '@/lib/examples/api-shape';
import { parseExampleFilters, type ExampleFilters } from '@/lib/domain/example-filters';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
});
afterAll(() => database.dispose());

const list = (filters: ExampleFilters, limit = 100) => listPublishedExamples(database.db, { filters, limit });
const filtersOf = (query: string) => {
  const parsed = parseExampleFilters(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.filters;
};
const approvedDemo = DEMO_NOMINATIONS.filter((n) => n.status === 'approved');

describe('listing published examples', () => {
  it('lists exactly the approved nominations', async () => {
    const page = await list({});
    expect(page.total).toBe(approvedDemo.length);
    expect(page.items.map((i) => i.title).sort()).toEqual(approvedDemo.map((n) => n.title).sort());
  });

  it('filters by old district, old commune and year exactly', async () => {
    const page = await list(filtersOf('district=691&commune=2024:25267&year=2023'));
    const expected = approvedDemo.filter((n) => n.communeCode === '25267' && n.year === 2023).map((n) => n.title);
    expect(expected.length).toBeGreaterThan(0);
    expect(page.items.map((i) => i.title).sort()).toEqual(expected.sort());
  });

  it('a new commune gathers the old communes it absorbed; an old commune only itself', async () => {
    const merged = await list(filtersOf('commune=25231'));
    const expected = approvedDemo.filter((n) => ['25231', '25232', '25234'].includes(n.communeCode));
    expect(merged.items.map((i) => i.title).sort()).toEqual(expected.map((n) => n.title).sort());
    expect(new Set(merged.items.map((i) => i.commune.code))).toEqual(new Set(['25231', '25232', '25234']));
    const oldOnly = await list(filtersOf('commune=2024:25232'));
    expect(oldOnly.items.every((i) => i.commune.code === '25232' && i.commune.tree === '2024')).toBe(true);
    expect(oldOnly.items[0]?.nowPartOf).toEqual([{ code: '25231', name: 'Xã Đa Kia, Tỉnh Đồng Nai' }]);
  });

  it('gives an empty result for unknown codes', async () => {
    for (const query of ['commune=99999', 'district=999', 'province=2024:99', 'commune=2025:25232']) {
      const page = await list(filtersOf(query));
      expect(page.total, query).toBe(0);
      expect(page.area.unknown, query).not.toBeNull();
    }
  });

  it('pages with keyset cursors without gaps or repeats, in both orders', async () => {
    for (const sort of ['newest', 'impact'] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await list({ sort, cursor }, 5);
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toHaveLength(approvedDemo.length);
      expect(new Set(seen).size).toBe(seen.length);
    }
  });

  it('flags a malformed cursor instead of failing', async () => {
    const page = await list({ cursor: 'not-a-cursor' });
    expect(page.badCursor).toBe(true);
  });
});

describe('search', () => {
  it.each([
    ['ngan hang bo', 'Ngân hàng bò'],
    ['NGÂN HÀNG BÒ', 'Ngân hàng bò'],
    ['ngaan hang bo', 'Ngân hàng bò'],
  ])('“%s” finds the cattle-bank model first', async (q, expected) => {
    const page = await list({ q });
    expect(page.items[0]?.title).toContain(expected);
  });

  it('folds đ to d and finds communes by name without accents', async () => {
    const page = await list({ q: 'dak o' });
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.some((i) => i.commune.code === '25225')).toBe(true);
  });

  it.each(["'; DROP TABLE nominations; --", '%', '_', '%%__', '🐄🐄', 'x'.repeat(10_000), 'bò 🐄 %_'])('survives the odd query %#', async (q) => {
    const parsed = parseExampleFilters(new URLSearchParams({ q }));
    expect(parsed.ok).toBe(true);
    const page = await list(parsed.filters);
    expect(page.total).toBeLessThanOrEqual(approvedDemo.length);
    if (!/[a-zà-ỹ]/i.test(q)) expect(page.total).toBe(0);
    const [row] = await database.db.select({ n: count() }).from(nominations);
    expect(row?.n).toBe(DEMO_NOMINATIONS.length);
  });

  it('never finds an anonymised nominee by name', async () => {
    const anonymised = DEMO_NOMINATIONS.find((n) => n.consent?.publishMode === 'anonymised' && n.status === 'approved');
    expect(anonymised).toBeDefined();
    const page = await list({ q: anonymised!.nomineeName });
    expect(page.items.some((i) => i.title === anonymised!.title)).toBe(false);
  });
});

describe('facet counts', () => {
  it('count what each choice would give, with the other filters kept', async () => {
    const filters = filtersOf('district=691&kind=model');
    const page = await list(filters);
    const facets = await countExampleFacets(database.db, { filters, area: page.area });
    for (const year of [2021, 2022, 2023, 2024, 2025]) {
      const withYear = await list({ ...filters, year });
      expect(facets.year.get(year) ?? 0, String(year)).toBe(withYear.total);
    }
    const byKind = await database.db
      .select({ n: count() })
      .from(nominations)
      .where(and(eq(nominations.status, 'approved'), eq(nominations.districtCode, '691'), eq(nominations.nomineeKind, 'household')));
    expect(facets.kind.get('household') ?? 0).toBe(byKind[0]?.n);
  });

  it('with only a search, every facet counts within the search (one pass for all of them)', async () => {
    const filters = filtersOf('q=ho ngheo');
    const page = await list(filters);
    expect(page.total).toBeGreaterThan(2);
    const facets = await countExampleFacets(database.db, { filters, area: page.area });
    for (const year of [2021, 2022, 2023, 2024, 2025]) expect(facets.year.get(year) ?? 0, String(year)).toBe((await list({ ...filters, year })).total);
    for (const kind of ['individual', 'household', 'collective', 'model'] as const) {
      expect(facets.kind.get(kind) ?? 0, kind).toBe((await list({ ...filters, kind })).total);
    }
    const sum = (m: Map<unknown, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    for (const facet of [facets.year, facets.kind, facets.field, facets.campaign]) expect(sum(facet)).toBe(page.total);
    const newProvinces = new Map([...facets.province].filter(([key]) => key.startsWith('2025:')));
    for (const [key, n] of newProvinces) {
      const code = key.slice('2025:'.length);
      const narrowed = await list({ ...filters, province: { tree: '2025', code } });
      expect(n, key).toBe(narrowed.total);
    }
    expect(newProvinces.size).toBeGreaterThan(0);
  });
});

describe('facet counts kept across lists', () => {
  it('each count is kept by the filters it depends on, reused by the next list that agrees on them, and stays right', async () => {
    const kept = new Map<string, unknown>();
    let loads: string[] = [];
    const memo: FacetMemo = async (key, load) => {
      if (!kept.has(key)) {
        loads.push(key.split(':')[1]!);
        kept.set(key, await load());
      }
      return kept.get(key) as Awaited<ReturnType<typeof load>>;
    };
    /** The facets of `query` through the memo, checked against counting afresh; what it counted, by facet. */
    const loadsOf = async (query: string) => {
      loads = [];
      const filters = filtersOf(query);
      const page = await list(filters);
      const area = page.area;
      expect(await countExampleFacets(database.db, { filters, area, memo }), query).toEqual(await countExampleFacets(database.db, { filters, area }));
      return loads;
    };
    const areaFacets = ['provinceNew', 'provinceOld', 'district'];
    expect(await loadsOf('commune=2024:25267&year=2023')).toEqual(expect.arrayContaining(areaFacets));
    // Another commune of the same year, in either tree: the provinces and districts are those counted already.
    for (const query of ['commune=2024:25231&year=2023', 'commune=25231&year=2023']) {
      const counted = await loadsOf(query);
      expect(counted.length, query).toBeGreaterThan(0);
      expect(
        counted.filter((name) => areaFacets.includes(name)),
        query,
      ).toEqual([]);
    }
    expect(await loadsOf('commune=2024:25267&year=2022')).toEqual(expect.arrayContaining(areaFacets));
    // A search in a year, then in another order: nothing counted again; in another year: its years are known.
    expect(await loadsOf('q=bo&year=2023')).toContain('year');
    expect(await loadsOf('q=bo&year=2023&sort=newest')).toEqual([]);
    const otherYear = await loadsOf('q=bo&year=2022');
    expect(otherYear.length).toBeGreaterThan(0);
    expect(otherYear).not.toContain('year');
    expect(await loadsOf('q=bo&year=2022&kind=model')).toContain('year');
  });
});

describe('what the public may see', () => {
  const ALLOWED = [
    'slug',
    'title',
    'nomineeKind',
    'field',
    'nomineeName',
    'summary',
    'commune',
    'district',
    'province',
    'campaign',
    'year',
    'impact',
    'photos',
    'approvedAt',
    'version',
    'updatedAt',
    'commentCount',
    'url',
  ];

  it('API items carry exactly the public keys and none of the private values', async () => {
    const page = await list({});
    const items = page.items.map((card) => toApiItem(card, 'https://example.test'));
    for (const item of items) expect(Object.keys(item).sort()).toEqual([...ALLOWED].sort());
    const text = JSON.stringify(items);
    for (const demo of DEMO_NOMINATIONS) {
      const publicText = `${demo.title} ${demo.summary} ${demo.story}`;
      // A hamlet named in the public story is not a leak; the private field itself must not appear.
      for (const secret of [demo.contactPhone, demo.address, demo.unitContactPerson]) {
        if (secret && !publicText.includes(secret)) expect(text).not.toContain(secret);
      }
    }
  });

  it('anonymised examples show neither the name nor photos', async () => {
    const anonymised = DEMO_NOMINATIONS.find((n) => n.consent?.publishMode === 'anonymised' && n.status === 'approved')!;
    const [row] = await database.db.select({ slug: nominations.slug }).from(nominations).where(eq(nominations.title, anonymised.title));
    const detail = await getPublishedExampleBySlug(database.db, { slug: row!.slug });
    expect(detail?.photos).toEqual([]);
    const item = toApiItem(detail!, 'https://example.test', detail!.photos);
    expect(JSON.stringify(item)).not.toContain(anonymised.nomineeName);
  });

  it('a nomination in any other state is not found by slug', async () => {
    const hidden = await database.db
      .select({ slug: nominations.slug })
      .from(nominations)
      .where(sql`${nominations.status} <> 'approved'`);
    expect(hidden.length).toBeGreaterThanOrEqual(5);
    for (const { slug } of hidden) expect(await getPublishedExampleBySlug(database.db, { slug })).toBeNull();
  });
});

describe('impact totals of an area', () => {
  it('sum every published example of a commune, old or new, not just one page', async () => {
    const expected = (codes: string[]) => {
      const rows = DEMO_NOMINATIONS.filter((n) => n.status === 'approved' && codes.includes(n.communeCode));
      return {
        householdsEscaped: rows.reduce((s, n) => s + (n.impact.householdsEscaped ?? 0), 0),
        contributionVnd: rows.reduce((s, n) => s + (n.impact.contributionVnd ?? 0), 0),
      };
    };
    const newDaKia = await sumExampleImpact(database.db, { filters: { commune: { tree: '2025', code: '25231' } } });
    expect(newDaKia).toMatchObject(expected(['25231', '25232', '25234']));
    const oldPhuocMinh = await sumExampleImpact(database.db, { filters: { commune: { tree: '2024', code: '25232' } } });
    expect(oldPhuocMinh).toMatchObject(expected(['25232']));
    expect(expected(['25231', '25232', '25234']).householdsEscaped).toBeGreaterThan(expected(['25232']).householdsEscaped);
  });
});

describe('typo tolerance only when nothing matches exactly', () => {
  it.each(['sinh', 'ngan hang', 'thoat ngheo', 'nuoi bo'])('every result for “%s” contains each word', async (q) => {
    const page = await list({ q });
    expect(page.total).toBeGreaterThan(0);
    const words = q.split(' ');
    const docs = await database.db
      .select({ slug: nominations.slug, doc: nominations.searchDocument })
      .from(nominations)
      .where(eq(nominations.status, 'approved'));
    const matching = docs.filter((d) => words.every((w) => d.doc.includes(w))).map((d) => d.slug);
    expect(page.total).toBe(matching.length);
  });
});

describe('related examples', () => {
  it('are the newest of the same commune first, then of the same field, never the example itself', async () => {
    const approved = await database.db
      .select({
        slug: nominations.slug,
        id: nominations.id,
        tree: nominations.communeTree,
        code: nominations.communeCode,
        field: nominations.field,
        at: nominations.approvedAt,
      })
      .from(nominations)
      .where(eq(nominations.status, 'approved'));
    const newest = (rows: typeof approved) => [...rows].sort((a, b) => b.at!.getTime() - a.at!.getTime() || (a.id < b.id ? 1 : -1));
    for (const row of approved) {
      const example = (await getPublishedExampleBySlug(database.db, { slug: row.slug }))!;
      const related = await listRelatedExamples(database.db, { example, limit: 3 });
      const others = approved.filter((r) => r.id !== row.id);
      const sameCommune = newest(others.filter((r) => r.tree === row.tree && r.code === row.code));
      const sameField = newest(others.filter((r) => !(r.tree === row.tree && r.code === row.code) && r.field === row.field));
      expect(related.map((r) => r.slug)).toEqual([...sameCommune, ...sameField].slice(0, 3).map((r) => r.slug));
    }
  });
});
