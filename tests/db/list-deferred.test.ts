import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { listPublishedExamples } from '@/db/queries/examples';
import { insertNomination } from '@/db/queries/nomination-drafts';
import { campaigns, units } from '@/db/schema';
import { encodeCursor } from '@/lib/domain/cursor';
import type { Sort } from '@/lib/domain/example-filters';
import { createTestDatabase, type TestDatabase } from '../support/database';

// The page is chosen on narrow rows and the cards are joined afterwards (a deferred join): paging must
// still see every match once, in the order of one big page, also through ties on every sort key.
// A year the demo data leaves empty, so only these examples match.
const SEARCH = { q: 'thanh long', year: 2020 };
const SAME_INSTANT = '2030-01-01 00:00:00.000100+00';
// score: what relevanceOrder gives "thanh long" for the title (phrase in title 2, plus the share of words).
const EXAMPLES = [
  { title: 'Vườn thanh long ruột đỏ số một', story: '', score: 3, approvedAt: SAME_INSTANT, households: 5 },
  { title: 'Vườn thanh long ruột đỏ số hai', story: '', score: 3, approvedAt: SAME_INSTANT, households: 5 },
  { title: 'Vườn thanh long ruột đỏ số ba', story: '', score: 3, approvedAt: '2030-01-02 00:00:00+00', households: null },
  { title: 'Thanh niên xã Long Hòa nuôi ong', story: '', score: 1, approvedAt: SAME_INSTANT, households: 5 },
  { title: 'Thanh niên xã Long Phú trồng nấm', story: '', score: 1, approvedAt: SAME_INSTANT, households: 0 },
  { title: 'Thanh niên xã Long Điền dệt chiếu', story: '', score: 1, approvedAt: '2029-06-01 00:00:00+00', households: 3 },
  { title: 'Đoàn thanh niên lập quỹ học bổng', story: 'Quỹ mang tên ông Long.', score: 0.5, approvedAt: SAME_INSTANT, households: 3 },
  { title: 'Đoàn thanh niên sửa nhà văn hóa', story: 'Ông Long góp gỗ.', score: 0.5, approvedAt: SAME_INSTANT, households: null },
  { title: 'Tổ hợp tác trồng cây ăn quả', story: 'Giống thanh long đỏ.', score: 0, approvedAt: SAME_INSTANT, households: 3 },
  { title: 'Hợp tác xã rau sạch bản Mới', story: 'Xen canh thanh long.', score: 0, approvedAt: SAME_INSTANT, households: 5 },
  { title: 'Tổ vay vốn chăn nuôi bò', story: 'Trồng cỏ dưới gốc thanh long.', score: 0, approvedAt: '2028-01-01 00:00:00+00', households: 0 },
];

interface Inserted {
  id: string;
  slug: string;
  score: number;
  approvedAt: string;
  impact: number;
}

let database: TestDatabase;
const inserted: Inserted[] = [];

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  const [unit] = await database.db.select({ id: units.id }).from(units).where(eq(units.name, 'Hội Nông dân huyện Bù Gia Mập'));
  const [campaign] = await database.db.select({ id: campaigns.id }).from(campaigns);
  const base = { campaignId: campaign!.id, year: 2020, communeTree: '2024', communeCode: '25267', unitId: unit!.id } as const;
  for (const e of EXAMPLES) {
    const row = await insertNomination(database.db, {
      ...base,
      nomineeKind: 'model',
      field: 'jobs',
      title: e.title,
      nomineeName: 'Tổ sản xuất',
      story: e.story,
      householdsEscaped: e.households,
      status: 'approved',
    });
    await database.db.execute(sql`UPDATE nominations SET approved_at = ${e.approvedAt}::timestamptz WHERE id = ${row.id}`);
    inserted.push({ ...row, score: e.score, approvedAt: new Date(e.approvedAt).toISOString(), impact: e.households ?? 0 });
  }
  // Matches one word only: never listed.
  await insertNomination(database.db, {
    ...base,
    nomineeKind: 'model',
    field: 'jobs',
    title: 'Thanh niên lập xưởng mộc',
    nomineeName: 'Tổ mộc',
    status: 'approved',
  });
});
afterAll(() => database.dispose());

// uuid order in PostgreSQL is byte order, the same as comparing the lowercase text.
const desc = <T>(a: T, b: T) => (a < b ? 1 : a > b ? -1 : 0);
const expectedOrder: Record<Sort, (a: Inserted, b: Inserted) => number> = {
  relevance: (a, b) => desc(a.score, b.score) || desc(a.approvedAt, b.approvedAt) || desc(a.id, b.id),
  impact: (a, b) => desc(a.impact, b.impact) || desc(a.id, b.id),
  newest: (a, b) => desc(a.approvedAt, b.approvedAt) || desc(a.id, b.id),
};

async function walk(sort: Sort, limit: number) {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 50; pages++) {
    const page = await listPublishedExamples(database.db, { filters: { ...SEARCH, sort, cursor }, limit });
    expect(page.total).toBe(EXAMPLES.length);
    expect(page.badCursor).toBe(false);
    seen.push(...page.items.map((i) => i.slug));
    if (!page.nextCursor) return seen;
    cursor = page.nextCursor;
  }
  throw new Error('paging did not end');
}

describe('public list with a deferred join', () => {
  for (const sort of ['relevance', 'impact', 'newest'] as const) {
    it(`pages through a search sorted by ${sort}, ties included, like one big page`, async () => {
      const big = await listPublishedExamples(database.db, { filters: { ...SEARCH, sort }, limit: 100 });
      const expected = [...inserted].sort(expectedOrder[sort]).map((e) => e.slug);
      expect(big.items.map((i) => i.slug)).toEqual(expected);
      expect(big.nextCursor).toBeNull();
      for (const limit of [1, 2, 4]) {
        const seen = await walk(sort, limit);
        expect(seen).toEqual(expected);
        expect(new Set(seen).size).toBe(EXAMPLES.length);
      }
    });
  }

  it('still fills whole cards for the page', async () => {
    const page = await listPublishedExamples(database.db, { filters: { ...SEARCH, sort: 'impact' }, limit: 2 });
    const first = page.items[0]!;
    expect(first.campaign.slug).toBeTruthy();
    expect(first.unitName).toBe('Hội Nông dân huyện Bù Gia Mập');
    expect(first.commune.name).toBeTruthy();
    expect(first.impact.householdsEscaped).toBe(5);
  });

  it('reads a cursor of the other kind as bad and starts from the top', async () => {
    const page = await listPublishedExamples(database.db, { filters: { ...SEARCH, sort: 'impact', cursor: encodeCursor({ o: 4 }) }, limit: 3 });
    expect(page.badCursor).toBe(true);
    const expected = [...inserted]
      .sort(expectedOrder.impact)
      .slice(0, 3)
      .map((e) => e.slug);
    expect(page.items.map((i) => i.slug)).toEqual(expected);
  });
});
