import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '@/db/client';
import { listPublishedExamples } from '@/db/queries/examples';
import { campaigns } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '../support/database';

const onPostgres = Boolean(process.env.DATABASE_URL);
let test: TestDatabase;
let app: Database;

beforeAll(async () => {
  test = await createTestDatabase();
  // One connection, so the prepared statements read back are the ones its queries made.
  app = onPostgres ? createDatabase({ databaseUrl: test.url!, poolSize: 1 }) : test;
});
afterAll(async () => {
  if (app !== test) await app.close();
  await test.dispose();
});

const prepared = async () =>
  (await app.db.execute<{ statement: string }>(sql`select statement from pg_prepared_statements`)) as unknown as { statement: string }[];

describe.runIf(onPostgres)('statements the app sends to PostgreSQL', () => {
  it('are prepared once per connection when they carry parameters, and answer as before', async () => {
    for (let i = 0; i < 3; i++) {
      const rows = await app.db.select({ slug: campaigns.slug }).from(campaigns).where(eq(campaigns.slug, 'khong-co'));
      expect(rows).toEqual([]);
    }
    const statements = (await prepared()).map((row) => row.statement).filter((text) => text.includes('"campaigns"'));
    expect(statements).toHaveLength(1);
  });

  it('leave a search to be planned with its words in sight', async () => {
    const page = await listPublishedExamples(app.db, { filters: { q: 'nuoi bo', year: 2024 }, limit: 5 });
    expect(page.items).toEqual([]);
    // Every statement of a search carries its words (as a tsquery) and parameters: none was kept.
    expect((await prepared()).map((row) => row.statement).filter((text) => /tsquery/i.test(text))).toEqual([]);
  });
});

describe.runIf(!onPostgres)('statements on the embedded database', () => {
  it('go through PGlite unchanged', async () => {
    expect(await app.db.select({ slug: campaigns.slug }).from(campaigns).where(eq(campaigns.slug, 'khong-co'))).toEqual([]);
  });
});
