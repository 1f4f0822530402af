import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { countExampleFacets, countFacetsByGrouping, type FacetCounts } from '@/db/queries/example-facets';
import { resolveAreaSelection } from '@/db/queries/example-filters';
import { nominations, users } from '@/db/schema';
import type { SessionUser } from '@/lib/domain/actor';
import type { ExampleFilters } from '@/lib/domain/example-filters';
import { decide, setPublished } from '@/lib/review/decisions';
import { awaitingDistrict, decideWithoutNotice } from '../support/review-setup';
import { createTestDatabase, queryRows, type TestDatabase } from '../support/database';
import { PEOPLE } from '../support/accounts';
import { moveToAnotherDistrict } from '../support/nomination-moves';
import type { NominationStatus } from '@/lib/domain/vocabulary';

let database: TestDatabase;

// Written out independently of the migration's key function, as countExampleFacets groups them.
const EXPECTED_SQL = `
  SELECT 'year' AS dimension, year::text AS key, count(*)::int AS n FROM nominations WHERE status = 'approved' GROUP BY 2
  UNION ALL SELECT 'kind', nominee_kind, count(*)::int FROM nominations WHERE status = 'approved' GROUP BY 2
  UNION ALL SELECT 'field', field, count(*)::int FROM nominations WHERE status = 'approved' GROUP BY 2
  UNION ALL SELECT 'campaign', campaign_id::text, count(*)::int FROM nominations WHERE status = 'approved' GROUP BY 2
  UNION ALL SELECT 'province', '2025:' || province_code_new, count(*)::int FROM nominations
    WHERE status = 'approved' AND province_code_new IS NOT NULL GROUP BY 2
  UNION ALL SELECT 'province', '2024:' || province_code_old, count(*)::int FROM nominations
    WHERE status = 'approved' AND province_code_old IS NOT NULL GROUP BY 2
  UNION ALL SELECT 'district', district_code, count(*)::int FROM nominations
    WHERE status = 'approved' AND district_code IS NOT NULL GROUP BY 2`;

type CountRow = { dimension: string; key: string; n: number };
const lines = (rows: CountRow[]) => rows.map((r) => `${r.dimension}|${r.key}|${Number(r.n)}`).sort();

async function expectSummaryExact() {
  const summary = await queryRows<CountRow>(database, 'SELECT dimension, key, n FROM public_facet_counts');
  const expected = await queryRows<CountRow>(database, EXPECTED_SQL);
  expect(lines(summary)).toEqual(lines(expected));
  return summary;
}

const approvedCount = async () =>
  Number((await queryRows<{ n: number }>(database, `SELECT count(*)::int AS n FROM nominations WHERE status = 'approved'`))[0]!.n);
const yearTotal = (rows: CountRow[]) => rows.filter((r) => r.dimension === 'year').reduce((sum, r) => sum + Number(r.n), 0);

async function person(email: string): Promise<SessionUser> {
  const [u] = await database.db.select().from(users).where(eq(users.email, email));
  const scope = u!.scopeTree ? { tree: u!.scopeTree as '2024', code: u!.scopeCode! } : null;
  return { id: u!.id, name: u!.name, email, role: u!.role, unitId: u!.unitId, unitName: null, scope };
}

async function oneWithStatus(status: NominationStatus) {
  const [row] = await database.db.select({ id: nominations.id, version: nominations.version }).from(nominations).where(eq(nominations.status, status)).limit(1);
  if (!row) throw new Error(`no ${status} nomination in the demo`);
  return row;
}

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  await decideWithoutNotice(database.db);
});
afterAll(() => database.dispose());

describe('the facet summary', () => {
  it('counts exactly the approved examples of the seeded registry', async () => {
    const statuses = await queryRows<{ status: string }>(database, 'SELECT DISTINCT status FROM nominations');
    expect(statuses.map((s) => s.status).sort()).toEqual(['approved', 'draft', 'in_notice', 'rejected', 'returned', 'submitted', 'unpublished']);
    const summary = await expectSummaryExact();
    expect(yearTotal(summary)).toBe(await approvedCount());
  });

  it('follows an approval, an unpublishing and a republishing', async () => {
    const reviewer = await person(PEOPLE.reviewerIn);
    const admin = await person(PEOPLE.admin);
    const before = await approvedCount();
    const submitted = await awaitingDistrict(database.db);
    const approved = await decide(database.db, reviewer, { id: submitted.id, action: 'approve', expectedVersion: submitted.version, anonymise: true });
    expect(approved).toMatchObject({ ok: true, status: 'approved' });
    expect(yearTotal(await expectSummaryExact())).toBe(before + 1);

    const version = (approved as { version: number }).version;
    const reason = 'Hộ gia đình đề nghị gỡ thông tin khỏi trang công khai.';
    const gone = await setPublished(database.db, admin, { id: submitted.id, action: 'unpublish', expectedVersion: version, reason });
    expect(gone).toMatchObject({ ok: true, status: 'unpublished' });
    expect(yearTotal(await expectSummaryExact())).toBe(before);

    const back = await setPublished(database.db, admin, {
      id: submitted.id,
      action: 'republish',
      expectedVersion: (gone as { version: number }).version,
      reason,
    });
    expect(back).toMatchObject({ ok: true, status: 'approved' });
    expect(yearTotal(await expectSummaryExact())).toBe(before + 1);
  });

  it('moves an approved example between years, fields and communes', async () => {
    const { id } = await oneWithStatus('approved');
    await database.exec(`UPDATE nominations SET year = 2019, field = 'housing' WHERE id = '${id}'`);
    const summary = await expectSummaryExact();
    expect(summary).toContainEqual(expect.objectContaining({ dimension: 'year', key: '2019' }));
    await moveToAnotherDistrict(database, id);
    await expectSummaryExact();
    // Editing what facets ignore changes nothing.
    await database.exec(`UPDATE nominations SET story = story || ' ', updated_at = now()`);
    await expectSummaryExact();
  });

  it('forgets deleted examples and keys no example has any more', async () => {
    const before = await approvedCount();
    await database.exec(`DELETE FROM nominations WHERE id = (SELECT id FROM nominations WHERE status = 'approved' AND year <> 2019 LIMIT 1)`);
    await database.exec(`DELETE FROM nominations WHERE year = 2019 AND status = 'approved'`);
    const summary = await expectSummaryExact();
    expect(summary).not.toContainEqual(expect.objectContaining({ dimension: 'year', key: '2019' }));
    expect(yearTotal(summary)).toBe(before - 2);
  });

  it('adds a bulk insert of many examples in one statement', async () => {
    const before = await approvedCount();
    await database.exec(`INSERT INTO nominations (slug, campaign_id, year, commune_tree, commune_code, district_code, province_code_old,
        province_code_new, current_commune_codes, unit_id, nominee_kind, field, title, nominee_name, status)
      SELECT slug || '-ban-sao-' || g, campaign_id, year + g, commune_tree, commune_code, district_code, province_code_old,
        province_code_new, current_commune_codes, unit_id, nominee_kind, field, title, nominee_name, status
      FROM nominations CROSS JOIN generate_series(1, 3) AS g`);
    const summary = await expectSummaryExact();
    expect(yearTotal(summary)).toBe(before * 4);
  });

  it('follows an update of many rows at once, in and out of the published set', async () => {
    await database.exec(`UPDATE nominations SET year = year + 1, field = CASE WHEN field = 'credit' THEN 'education' ELSE field END`);
    await expectSummaryExact();
    await database.exec(`UPDATE nominations SET status = CASE status WHEN 'approved' THEN 'unpublished' WHEN 'submitted' THEN 'approved' ELSE status END
      WHERE year % 2 = 0`);
    await expectSummaryExact();
    expect(await approvedCount()).toBeGreaterThan(0);
  });

  it('answers the unfiltered facets exactly as counting them does', async () => {
    const facets = async (filters: ExampleFilters) => {
      const area = await resolveAreaSelection(database.db, filters);
      return [await countExampleFacets(database.db, { filters, area }), await countFacetsByGrouping(database.db, { filters, area })];
    };
    const sorted = (counts: FacetCounts) => Object.fromEntries(Object.entries(counts).map(([k, m]) => [k, [...(m as Map<unknown, number>)].sort()]));
    for (const filters of [{}, { q: '   ' }, { sort: 'impact' as const }]) {
      const [fromSummary, counted] = await facets(filters);
      expect(fromSummary!.year.size).toBeGreaterThan(1);
      expect(fromSummary!.campaign.size).toBeGreaterThan(0);
      expect(fromSummary!.commune.size).toBe(0);
      expect(sorted(fromSummary!)).toEqual(sorted(counted!));
    }
    // And it is the summary that answered: a count changed there shows, a filtered count does not.
    await database.exec(`UPDATE public_facet_counts SET n = n + 1000 WHERE dimension = 'kind'`);
    const [tampered, counted] = await facets({});
    expect([...tampered!.kind.values()].every((n) => n > 1000)).toBe(true);
    expect([...counted!.kind.values()].every((n) => n < 1000)).toBe(true);
    await database.exec(`UPDATE public_facet_counts SET n = n - 1000 WHERE dimension = 'kind'`);
  });

  it('is emptied with the registry', async () => {
    await database.exec('TRUNCATE nominations CASCADE');
    expect(await queryRows(database, 'SELECT * FROM public_facet_counts')).toEqual([]);
  });
});
