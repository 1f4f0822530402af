import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { findPublishedExample } from '@/db/queries/example-detail';
import { insertNomination } from '@/db/queries/nomination-drafts';
import { getExamplePageData } from '@/db/queries/public-pages';
import { campaigns, units } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '../support/database';

// The example page asks only for the parts an example has (findPublishedExample's probes): these check that
// each part still shows when it has rows, and that a bare example reads as bare.
let database: TestDatabase;

async function approved(title: string) {
  const [unit] = await database.db.select({ id: units.id }).from(units).where(eq(units.name, 'Hội Nông dân huyện Bù Gia Mập'));
  const [campaign] = await database.db.select({ id: campaigns.id }).from(campaigns);
  return insertNomination(database.db, {
    campaignId: campaign!.id,
    year: 2024,
    communeTree: '2024',
    communeCode: '25267',
    unitId: unit!.id,
    nomineeKind: 'model',
    field: 'jobs',
    title,
    nomineeName: 'Tổ hợp tác',
    status: 'approved',
  });
}

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
