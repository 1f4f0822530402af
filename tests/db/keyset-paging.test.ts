import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { listPublishedExamples } from '@/db/queries/examples';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { insertPublished } from '../support/published-example';

let database: TestDatabase;
const slugs: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  // Three approvals within one millisecond, as concurrent reviewers can produce with now().
  for (const micros of ['000100', '000300', '000700']) {
    const row = await insertPublished(database.db, { title: `Tổ may gia công thôn ${micros}`, nomineeName: 'Tổ may' });
    await database.db.execute(sql`UPDATE nominations SET approved_at = ${`2030-01-01 00:00:00.${micros}+00`}::timestamptz WHERE id = ${row.id}`);
    slugs.push(row.slug);
  }
});
afterAll(() => database.dispose());

describe('keyset paging', () => {
  it('walks every example once, even when approvals share a millisecond', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 20; pages++) {
      const page = await listPublishedExamples(database.db, { filters: { year: 2024, field: 'jobs', sort: 'newest', cursor }, limit: 1 });
      seen.push(...page.items.map((i) => i.slug));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual([...slugs].reverse());
  });
});
