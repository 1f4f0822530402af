import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPublishedExampleBySlug } from '@/db/queries/example-detail';
import { DEMO_NOMINATIONS } from '@/db/seed/demo-nominations';
import { createTestDatabase, queryRows, type TestDatabase } from '../support/database';

let database: TestDatabase;

interface Line {
  slug: string;
  title: string;
  year: number;
  commune_name: string;
}

// Read straight from the tables, so the expectations do not come from the query under test.
const ORIGIN_KEY = 'ngan-hang-bo-phu-nghia';
let origin: Line;
let copies: Line[];

async function lineOf(where: string): Promise<Line[]> {
  const rows = await queryRows<Line>(
    database,
    `SELECT n.slug, n.title, n.year, au.full_name AS commune_name FROM nominations n
       JOIN admin_units au ON au.tree = n.commune_tree AND au.code = n.commune_code WHERE ${where} ORDER BY n.year, n.slug`,
  );
  return rows.map((r) => ({ ...r, year: Number(r.year) }));
}

async function setStatus(slug: string, status: string) {
  await database.exec(`UPDATE nominations SET status = '${status}' WHERE slug = '${slug}'`);
}

const detail = (slug: string) => getPublishedExampleBySlug(database.db, { slug });

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  const title = DEMO_NOMINATIONS.find((n) => n.key === ORIGIN_KEY)!.title;
  origin = (await lineOf(`n.title = '${title}'`))[0]!;
  copies = await lineOf(`n.replicates_id = (SELECT id FROM nominations WHERE slug = '${origin.slug}')`);
});
afterAll(() => database.dispose());

describe('replication lineage on public pages', () => {
  it('seeds an origin replicated in two other communes', () => {
    const expected = DEMO_NOMINATIONS.filter((n) => n.replicates === ORIGIN_KEY)
      .map((n) => n.title)
      .sort();
    expect(expected).toHaveLength(2);
    expect(copies.map((c) => c.title).sort()).toEqual(expected);
    expect(new Set(copies.map((c) => c.commune_name)).size).toBe(2);
  });

  it('a replication links back to its origin', async () => {
    for (const copy of copies) {
      const example = await detail(copy.slug);
      expect(example?.replicates).toEqual({ slug: origin.slug, title: origin.title });
    }
  });

  it('the origin lists where it was replicated, with links and communes', async () => {
    const example = await detail(origin.slug);
    expect(example?.replicates).toBeNull();
    expect(example?.replications).toEqual(copies.map((c) => ({ slug: c.slug, title: c.title, communeName: c.commune_name, year: c.year })));
  });

  it('an example that is neither origin nor copy shows no lineage', async () => {
    const [other] = await lineOf(`n.status = 'approved' AND n.replicates_id IS NULL AND NOT EXISTS (SELECT 1 FROM nominations r WHERE r.replicates_id = n.id)`);
    const example = await detail(other!.slug);
    expect(example?.replicates).toBeNull();
    expect(example?.replications).toEqual([]);
  });

  it.each(['unpublished', 'submitted', 'draft', 'returned', 'rejected'])('never lists a %s replication', async (status) => {
    const [hidden, shown] = copies;
    await setStatus(hidden!.slug, status);
    try {
      const example = await detail(origin.slug);
      expect(example?.replications.map((r) => r.slug)).toEqual([shown!.slug]);
      expect(await detail(hidden!.slug)).toBeNull();
    } finally {
      await setStatus(hidden!.slug, 'approved');
    }
  });

  it.each(['unpublished', 'submitted'])('never links to a %s origin', async (status) => {
    await setStatus(origin.slug, status);
    try {
      expect(await detail(origin.slug)).toBeNull();
      for (const copy of copies) {
        const example = await detail(copy.slug);
        expect(example).not.toBeNull();
        expect(example?.replicates).toBeNull();
      }
    } finally {
      await setStatus(origin.slug, 'approved');
    }
    expect((await detail(copies[0]!.slug))?.replicates?.slug).toBe(origin.slug);
  });
});
