import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { DEMO_NOMINATIONS } from '@/db/seed/demo-nominations';
import { DEMO_CAMPAIGN, DEMO_NEXT_CAMPAIGN } from '@/db/seed/demo-units';
import { exampleFollowUps, nominations } from '@/db/schema';
import { getExampleStats } from '@/lib/stats/example-stats';
import { parseStatsParams } from '@/lib/stats/params';
import { createTestDatabase, queryRows, type TestDatabase } from '../support/database';

let database: TestDatabase;

async function byKey(key: string) {
  const title = DEMO_NOMINATIONS.find((d) => d.key === key)!.title;
  const [row] = await database.db.select().from(nominations).where(eq(nominations.title, title));
  return row!;
}

/** Follow-ups the figures must leave out, whatever else they hold. */
async function plantNoise() {
  const db = database.db;
  const confirmed = { state: 'confirmed' as const, confirmedAt: new Date('2025-11-20T02:00:00Z'), modelStatus: 'active' as const, newHouseholds: 1 };
  const [unpublished] = await db.select().from(nominations).where(eq(nominations.status, 'unpublished')).limit(1);
  const noCount = await byKey('ngan-hang-bo-binh-thang');
  const old = await byKey('ngan-hang-bo-phu-nghia');
  const late = await byKey('thanh-nien-hoc-nghe-bu-gia-map');
  expect([noCount, old, late].map((n) => n.status)).toEqual(['approved', 'approved', 'approved']);
  await db.update(nominations).set({ householdsEscaped: null }).where(eq(nominations.id, noCount.id));
  await db.insert(exampleFollowUps).values([
    // An unpublished example's follow-up, even confirmed.
    { nominationId: unpublished!.id, year: unpublished!.year + 1, householdsStillOut: 0, householdsFellBack: 1, ...confirmed },
    // An example that never counted its households.
    { nominationId: noCount.id, year: noCount.year + 1, householdsStillOut: 0, householdsFellBack: 0, ...confirmed },
    // Four years after: beyond the horizons.
    { nominationId: old.id, year: old.year + 4, householdsStillOut: 3, householdsFellBack: 9, ...confirmed },
    // Filed but not confirmed.
    { nominationId: late.id, year: late.year + 2, householdsStillOut: 1, householdsFellBack: 5, modelStatus: 'stopped', newHouseholds: 0 },
    // Confirmed, counted three years after.
    { nominationId: late.id, year: late.year + 3, householdsStillOut: 13, householdsFellBack: 1, ...confirmed },
  ]);
}

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  await plantNoise();
});
afterAll(() => database.dispose());

async function figures(query: string) {
  const parsed = parseStatsParams(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.message);
  const result = await getExampleStats(database.db, parsed.params);
  if (!result.ok) throw new Error(result.message);
  return result.sustainability;
}

interface PlainRow {
  after: number;
  examples: number;
  counted: number;
  still_out: number;
  fell_back: number;
}

/** The same figures in plain SQL, written from the definition rather than from the implementation. */
async function plain(campaignSlug: string, extraWhere = 'true') {
  const rows = await queryRows<PlainRow>(
    database,
    `SELECT f.year - n.year AS after, count(*)::int AS examples, sum(n.households_escaped)::int AS counted,
            sum(f.households_still_out)::int AS still_out, sum(f.households_fell_back)::int AS fell_back
       FROM example_follow_ups f
       JOIN nominations n ON n.id = f.nomination_id
       JOIN campaigns c ON c.id = n.campaign_id
      WHERE f.state = 'confirmed' AND n.status = 'approved' AND n.households_escaped IS NOT NULL
        AND c.slug = '${campaignSlug}' AND f.year - n.year IN (1, 2, 3) AND ${extraWhere}
      GROUP BY 1`,
  );
  return [1, 2, 3].map((after) => {
    const row = rows.find((r) => Number(r.after) === after);
    const counted = Number(row?.counted ?? 0);
    const stillOut = Number(row?.still_out ?? 0);
    return {
      after,
      examples: Number(row?.examples ?? 0),
      counted,
      stillOut,
      fellBack: Number(row?.fell_back ?? 0),
      share: counted ? stillOut / counted : null,
    };
  });
}

describe('sustainability on /stats', () => {
  it('matches plain SQL for the whole campaign, and leaves out what it must', async () => {
    const got = await figures(`campaign=${DEMO_CAMPAIGN.slug}`);
    expect(got).toEqual(await plain(DEMO_CAMPAIGN.slug));
    // The demo has confirmed follow-ups one, two and three years after.
    expect(got.every((r) => r.examples > 0 && r.share !== null && r.share > 0 && r.share <= 1)).toBe(true);
    const three = got.find((r) => r.after === 3)!;
    expect(three.stillOut).toBeGreaterThanOrEqual(13);
  });

  it('matches plain SQL for an area: one commune, and the district', async () => {
    // A commune of today's map also holds what was recorded under the old communes it took in.
    const commune = `((n.commune_tree = '2025' AND n.commune_code = '25267') OR '25267' = ANY(n.current_commune_codes))`;
    expect(await figures(`campaign=${DEMO_CAMPAIGN.slug}&commune=25267`)).toEqual(await plain(DEMO_CAMPAIGN.slug, commune));
    expect(await figures(`campaign=${DEMO_CAMPAIGN.slug}&district=691`)).toEqual(await plain(DEMO_CAMPAIGN.slug, `n.district_code = '691'`));
  });

  it('matches plain SQL for a year range of the campaign', async () => {
    expect(await figures(`campaign=${DEMO_CAMPAIGN.slug}&from=2022&to=2022`)).toEqual(await plain(DEMO_CAMPAIGN.slug, 'n.year = 2022'));
  });

  it('gives every horizon, empty ones with no share, for a campaign without follow-ups', async () => {
    expect(await figures(`campaign=${DEMO_NEXT_CAMPAIGN.slug}`)).toEqual(
      [1, 2, 3].map((after) => ({ after, examples: 0, counted: 0, stillOut: 0, fellBack: 0, share: null })),
    );
  });
});
