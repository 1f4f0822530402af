import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { countExampleFacets, countFacetsByGrouping } from '@/db/queries/example-facets';
import { resolveAreaSelection } from '@/db/queries/example-filters';
import { nominations } from '@/db/schema';
import type { SessionUser } from '@/lib/domain/actor';
import type { ExampleFilters } from '@/lib/domain/example-filters';
import { decideUpdate, proposeUpdate } from '@/lib/examples/updates';
import { decide, setPublished } from '@/lib/review/decisions';
import { awaitingDistrict, decideWithoutNotice } from '../support/review-setup';
import { createTestDatabase, queryRows, type TestDatabase } from '../support/database';
import { PEOPLE, seedPeople, sessionUserOf } from '../support/accounts';
import { updatableExample, updateProposal } from '../support/update-proposal';
import { moveToAnotherDistrict } from '../support/nomination-moves';

// public_example_words (migration 0028): the published examples' words and facet keys, which the sample of
// a large search's facets reads. It must hold exactly what nominations holds, whatever wrote it.
let database: TestDatabase;
const people: Record<string, SessionUser> = {};

const COLUMNS = `id, year, nominee_kind, field, campaign_id, commune_tree, commune_code, district_code, province_code_old,
  province_code_new, current_commune_codes::text AS communes, search_words::text AS words`;
type Row = Record<string, unknown> & { id: string; words: string };
const lines = (rows: Row[]) => rows.map((r) => JSON.stringify(Object.values(r))).sort();

async function expectInStep(): Promise<Row[]> {
  const copy = await queryRows<Row>(database, `SELECT ${COLUMNS} FROM public_example_words`);
  const published = await queryRows<Row>(database, `SELECT ${COLUMNS} FROM nominations WHERE status = 'approved'`);
  expect(lines(copy)).toEqual(lines(published));
  return copy;
}

const copyOf = async (id: string) => (await queryRows<Row>(database, `SELECT ${COLUMNS} FROM public_example_words WHERE id = '${id}'`))[0];
const live = async (id: string) => (await database.db.select().from(nominations).where(eq(nominations.id, id)))[0]!;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedPeople(database.db);
  await decideWithoutNotice(database.db);
  for (const [key, email] of Object.entries(PEOPLE)) people[key] = await sessionUserOf(database.db, email);
});
afterAll(() => database.dispose());

describe('the words and facet keys of published examples', () => {
  it('hold every approved example of the seeded registry and nothing else', async () => {
    const copy = await expectInStep();
    expect(copy.length).toBeGreaterThan(10);
    expect(copy.every((r) => r.words.length > 0)).toBe(true);
  });

  it('follow an approval, an unpublishing and a republishing', async () => {
    const submitted = await awaitingDistrict(database.db);
    expect(await copyOf(submitted.id)).toBeUndefined();
    const approved = await decide(database.db, people.reviewerIn!, {
      id: submitted.id,
      action: 'approve',
      expectedVersion: submitted.version,
      anonymise: true,
    });
    expect(approved).toMatchObject({ ok: true, status: 'approved' });
    expect(await copyOf(submitted.id)).toBeDefined();
    await expectInStep();

    const reason = 'Hộ gia đình đề nghị gỡ thông tin khỏi trang công khai.';
    const version = (approved as { version: number }).version;
    const gone = await setPublished(database.db, people.admin!, { id: submitted.id, action: 'unpublish', expectedVersion: version, reason });
    expect(gone).toMatchObject({ ok: true, status: 'unpublished' });
    expect(await copyOf(submitted.id)).toBeUndefined();
    await expectInStep();

    const back = await setPublished(database.db, people.admin!, {
      id: submitted.id,
      action: 'republish',
      expectedVersion: (gone as { version: number }).version,
      reason,
    });
    expect(back).toMatchObject({ ok: true, status: 'approved' });
    expect(await copyOf(submitted.id)).toBeDefined();
    await expectInStep();
  });

  it('take the words of an approved update (a new version), not of a pending proposal', async () => {
    const row = await updatableExample(database.db, { districtCode: people.reviewerIn!.scope!.code, unitId: people.memberA!.unitId! });
    const raw = updateProposal(row, { title: `${row.title} Bưởi Diễn`, note: 'Đổi tên mô hình' });
    expect(await proposeUpdate(database.db, people.memberA!, { id: row.id, expectedVersion: row.version, raw })).toMatchObject({ ok: true });
    expect((await copyOf(row.id))!.words).not.toContain("'buoi'");
    const proposed = await live(row.id);
    const pending = await queryRows<{ id: string }>(database, `SELECT id FROM example_updates WHERE nomination_id = '${row.id}' AND status = 'pending'`);
    const decided = await decideUpdate(database.db, people.reviewerIn!, {
      id: row.id,
      expectedVersion: proposed.version,
      updateId: pending[0]!.id,
      approve: true,
    });
    expect(decided).toMatchObject({ ok: true, publishedVersion: 2 });
    expect((await copyOf(row.id))!.words).toContain("'buoi'");
    await expectInStep();
  });

  it('follow moves between years, fields and communes, and leave the row alone when nothing they hold changes', async () => {
    const id = (
      await queryRows<{ id: string }>(
        database,
        `SELECT id FROM nominations n WHERE status = 'approved' AND NOT EXISTS (SELECT FROM nominations r WHERE r.replicates_id = n.id) ORDER BY id LIMIT 1`,
      )
    )[0]!.id;
    await database.exec(`UPDATE nominations SET year = 2019, field = 'housing' WHERE id = '${id}'`);
    expect(await copyOf(id)).toMatchObject({ year: 2019, field: 'housing' });
    await moveToAnotherDistrict(database, id);
    await expectInStep();
    const versionOf = async () => (await queryRows<{ x: string }>(database, `SELECT xmin::text AS x FROM public_example_words WHERE id = '${id}'`))[0]!.x;
    const before = await versionOf();
    await database.exec(`UPDATE nominations SET households_escaped = coalesce(households_escaped, 0) + 1, updated_at = now()`);
    expect(await versionOf()).toBe(before);
    await database.exec(`UPDATE nominations SET search_document = search_document || ' thanhlongdo' WHERE id = '${id}'`);
    expect((await copyOf(id))!.words).toContain("'thanhlongdo'");
    await expectInStep();
  });

  it('follow deletions, bulk inserts and bulk updates in and out of the published set', async () => {
    await database.exec(`DELETE FROM nominations WHERE year = 2019 AND status = 'approved'`);
    await expectInStep();
    await database.exec(`INSERT INTO nominations (slug, campaign_id, year, commune_tree, commune_code, district_code, province_code_old,
        province_code_new, current_commune_codes, unit_id, nominee_kind, field, title, nominee_name, status, search_document)
      SELECT slug || '-ban-sao-' || g, campaign_id, year + g, commune_tree, commune_code, district_code, province_code_old,
        province_code_new, current_commune_codes, unit_id, nominee_kind, field, title, nominee_name, status, search_document
      FROM nominations CROSS JOIN generate_series(1, 3) AS g`);
    await expectInStep();
    await database.exec(`UPDATE nominations SET status = CASE status WHEN 'approved' THEN 'unpublished' WHEN 'submitted' THEN 'approved' ELSE status END
      WHERE year % 2 = 0`);
    const copy = await expectInStep();
    expect(copy.length).toBeGreaterThan(0);
  });

  it('are what the estimated facets of a large search count, except for a fuzzy search', async () => {
    // Every published example holds "xa" (the commune's name is in the document); a cap of 1 makes it large.
    const facets = async (filters: ExampleFilters) => {
      const area = await resolveAreaSelection(database.db, filters);
      return countExampleFacets(database.db, { filters, area, countCap: 1, samplePercent: 100 });
    };
    const search = { q: 'xa' };
    const area = await resolveAreaSelection(database.db, search);
    const exact = await countFacetsByGrouping(database.db, { filters: search, area });
    const estimated = await facets(search);
    expect(estimated.estimated).toBe(true);
    expect([...estimated.year].sort()).toEqual([...exact.year].sort());
    expect(estimated.year.size).toBeGreaterThan(1);
    // A year written into the copy alone shows in the estimate: it is the copy that was sampled.
    await database.exec(`UPDATE public_example_words SET year = 1999`);
    try {
      const fromCopy = await facets(search);
      expect([...fromCopy.year.keys()]).toEqual([1999]);
      expect(fromCopy.year.get(1999)).toBe([...exact.year.values()].reduce((a, b) => a + b, 0));
      // A typo finds nothing exactly, so the search is fuzzy: it reads the document, which only nominations has.
      const fuzzy = await facets({ q: 'ngheoo' });
      expect(fuzzy.estimated).toBe(true);
      expect(fuzzy.year.has(1999)).toBe(false);
    } finally {
      await database.exec(`UPDATE public_example_words w SET year = n.year FROM nominations n WHERE n.id = w.id`);
    }
    await expectInStep();
  });

  it('is emptied with the registry', async () => {
    await database.exec('TRUNCATE nominations CASCADE');
    expect(await queryRows(database, 'SELECT * FROM public_example_words')).toEqual([]);
  });
});
