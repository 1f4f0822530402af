import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { listPublishedExamples, sumExampleImpact } from '@/db/queries/examples';
import { COMMUNE_PAGE_EXAMPLES, getCommunePageData } from '@/db/queries/public-pages';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
});
afterAll(() => database.dispose());

/** A commune of the demo with published examples, in each tree. */
async function communeWithExamples(tree: '2024' | '2025'): Promise<string> {
  const rows = (await database.db.execute(
    tree === '2024'
      ? sql`SELECT commune_code AS code FROM nominations WHERE status = 'approved' AND commune_tree = '2024' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`
      : sql`SELECT c AS code FROM nominations, unnest(current_commune_codes) AS c WHERE status = 'approved' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
  )) as unknown as { code: string }[] | { rows: { code: string }[] };
  const list = Array.isArray(rows) ? rows : rows.rows;
  return list[0]!.code;
}

describe('the commune page', () => {
  it.each(['2024', '2025'] as const)('lists and sums what the list page gives for the same commune (%s)', async (tree) => {
    const code = await communeWithExamples(tree);
    const data = await getCommunePageData(database.db, { trees: [tree], code });
    expect(data?.commune).toMatchObject({ tree, code });
    expect(data?.chain.map((u) => u.code)[0]).toBe(code);
    const filters = { commune: { tree, code }, sort: 'newest' as const };
    const page = await listPublishedExamples(database.db, { filters, limit: COMMUNE_PAGE_EXAMPLES });
    expect(page.total).toBeGreaterThan(0);
    expect(data?.page.items.map((c) => c.slug)).toEqual(page.items.map((c) => c.slug));
    expect(data?.page.total).toBe(page.total);
    expect(data?.page.area.commune).toEqual(page.area.commune);
    expect(data?.totals).toEqual(await sumExampleImpact(database.db, { filters }));
  });
});
