import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, queryRows, type TestDatabase } from '../support/database';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

describe('typo-tolerant search settings', () => {
  it('every connection uses the 0.3 strict word-similarity threshold the search relies on', async () => {
    // Several queries at once so that more than one pooled connection answers on PostgreSQL.
    const rows = await Promise.all(
      Array.from({ length: 6 }, () => queryRows<{ t: string }>(database, "SELECT current_setting('pg_trgm.strict_word_similarity_threshold') AS t")),
    );
    expect(rows.map((r) => Number(r[0]!.t))).toEqual(Array(6).fill(0.3));
  });

  it('one wrong letter in a word of four or more letters still matches through the operator', async () => {
    const [row] = await queryRows<{ near: boolean; far: boolean }>(database, "SELECT 'ngheo' <<% 'ho nghoe thoat' AS near, 'ngheo' <<% 'ho ngan hang' AS far");
    expect(row).toEqual({ near: true, far: false });
  });
});
