import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { findPublishedExample } from '@/db/queries/example-detail';
import { getExamplePageData } from '@/db/queries/public-pages';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { insertPublished } from '../support/published-example';

// The example page asks only for the parts an example has (findPublishedExample's probes): these check that
// each part still shows when it has rows, and that a bare example reads as bare.
let database: TestDatabase;

const approved = (title: string) => insertPublished(database.db, { title });

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
});
afterAll(() => database.dispose());

describe('the parts of an example page', () => {
  it('reads a bare example as bare: version 1 only, no comments, no requests', async () => {
    const row = await approved('Tổ hợp tác trồng tiêu sạch');
    const found = await findPublishedExample(database.db, { slug: row.slug });
    expect(found?.parts).toEqual({ versions: false });
    const page = await getExamplePageData(database.db, { slug: row.slug });
    expect(page?.versions.map((v) => v.n)).toEqual([1]);
    expect(page?.comments).toEqual([]);
    expect(page?.example).toMatchObject({ commendations: [], support: [], replications: [], followUps: [], replicationRequests: 0 });
  });

  it('shows the versions, comments and requests an example has', async () => {
    const row = await approved('Tổ hợp tác trồng điều ghép');
    const db = database.db;
    await db.execute(sql`INSERT INTO example_versions (nomination_id, n, fields, changed, published_at)
      VALUES (${row.id}, 1, '{}'::jsonb, ARRAY[]::text[], '2025-01-01T00:00:00Z'), (${row.id}, 2, '{}'::jsonb, ARRAY['story']::text[], '2025-06-01T00:00:00Z')`);
    await db.execute(sql`INSERT INTO example_comments (nomination_id, author_name, content, status, first_published_at)
      VALUES (${row.id}, 'Nguyễn Văn An', 'Mô hình rất hay.', 'published', now()), (${row.id}, 'Trần Thị Bình', 'Chờ duyệt.', 'pending', NULL)`);
    for (const name of ['Hộ ông Tư', 'Hộ bà Năm']) {
      await db.execute(sql`INSERT INTO replication_requests (nomination_id, requester_kind, name, phone, commune_tree, commune_code, message)
        VALUES (${row.id}, 'citizen', ${name}, '0912345678', '2024', '25267', 'Xin học hỏi mô hình.')`);
    }
    expect((await findPublishedExample(db, { slug: row.slug }))?.parts).toEqual({ versions: true });
    const page = await getExamplePageData(db, { slug: row.slug });
    expect(page?.versions.map((v) => v.n)).toEqual([1, 2]);
    expect(page?.comments.map((c) => c.content)).toEqual(['Mô hình rất hay.']);
    expect(page?.example.replicationRequests).toBe(2);
  });
});
