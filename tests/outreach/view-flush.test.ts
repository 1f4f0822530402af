import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import StatsPage from '@/app/(public)/stats/page';
import { createDatabase, type Database } from '@/db/client';
import { setDatabase } from '@/db';
import { resolveAreaSelection } from '@/db/queries/example-filters';
import { listMostViewedExamples } from '@/db/queries/most-viewed';
import { readPublicDataVersion } from '@/db/queries/public-data';
import { addExampleViews } from '@/db/queries/view-counts';
import { DEMO_DAILY_VIEWS } from '@/db/seed/demo-outreach';
import { DEMO_CAMPAIGN } from '@/db/seed/demo-units';
import { ViewCounter } from '@/lib/outreach/view-counter';
import { BO_BINH_THANG, BO_PHU_NGHIA, demoRow } from '../examples/living-setup';
import { createTestDatabase, queryRows, type TestDatabase } from '../support/database';

let database: TestDatabase;
let phuNghia: { id: string; slug: string };
let binhThang: { id: string; slug: string };
// Long before the demo's sixty days of views, so the day's rows are this file's alone.
const DAY = '2024-03-20';
const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36';

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  setDatabase(database);
  phuNghia = await demoRow(database.db, BO_PHU_NGHIA);
  binhThang = await demoRow(database.db, BO_BINH_THANG);
});
afterAll(async () => {
  setDatabase(undefined);
  await database.dispose();
});

async function viewsOf(id: string, day = DAY) {
  const [daily] = await queryRows<{ views: number }>(database, `SELECT views FROM example_daily_views WHERE nomination_id = '${id}' AND day = '${day}'`);
  const [total] = await queryRows<{ views: string | number }>(database, `SELECT views FROM example_view_totals WHERE nomination_id = '${id}'`);
  return { daily: daily?.views ?? 0, total: Number(total?.views ?? 0) };
}

/** A server process: its own counter and, on PostgreSQL, its own connection to the same database. */
function process(db: Database) {
  const at = Date.parse(`${DAY}T03:00:00Z`);
  return new ViewCounter({ now: () => at, write: (counts) => addExampleViews(db.db, counts) });
}

describe('writing counted views', () => {
  it('adds to the day and the total with upserts, drops slugs that are not published, and leaves the data version alone', async () => {
    const before = await viewsOf(phuNghia.id);
    const version = await readPublicDataVersion(database.db);
    await addExampleViews(database.db, [
      { slug: phuNghia.slug, day: DAY, views: 7 },
      { slug: 'khong-co-dien-hinh-nay', day: DAY, views: 5 },
    ]);
    await addExampleViews(database.db, [{ slug: phuNghia.slug, day: DAY, views: 3 }]);
    expect(await viewsOf(phuNghia.id)).toEqual({ daily: before.daily + 10, total: before.total + 10 });
    const [unknown] = await queryRows<{ n: number }>(database, `SELECT count(*)::int AS n FROM example_daily_views WHERE day = '${DAY}'`);
    expect(unknown!.n).toBe(1);
    // A change of the version would empty every cached page: views must never move it.
    expect(await readPublicDataVersion(database.db)).toBe(version);
  });

  it('a burst of requests is one write of the sum', async () => {
    const before = await viewsOf(binhThang.id);
    let writes = 0;
    const views = new ViewCounter({
      now: () => Date.parse(`${DAY}T04:00:00Z`),
      write: async (counts) => {
        writes++;
        await addExampleViews(database.db, counts);
      },
    });
    for (let n = 0; n < 40; n++) views.record({ slug: binhThang.slug, address: `198.51.100.${n}`, userAgent: CHROME });
    await views.flush();
    expect(writes).toBe(1);
    expect(await viewsOf(binhThang.id)).toEqual({ daily: before.daily + 40, total: before.total + 40 });
  });

  it('two processes flushing at the same time add up', async () => {
    const second = database.url ? createDatabase({ databaseUrl: database.url, poolSize: 2 }) : database;
    try {
      const before = { a: await viewsOf(phuNghia.id), b: await viewsOf(binhThang.id) };
      const one = process(database);
      const two = process(second);
      // The same visitors on both: each process knows only its own, so both count them.
      for (let n = 0; n < 30; n++) {
        one.record({ slug: phuNghia.slug, address: `192.0.2.${n}`, userAgent: CHROME });
        two.record({ slug: phuNghia.slug, address: `192.0.2.${n}`, userAgent: CHROME });
        if (n % 3 === 0) one.record({ slug: binhThang.slug, address: `192.0.2.${n}`, userAgent: CHROME });
        if (n % 2 === 0) two.record({ slug: binhThang.slug, address: `192.0.2.${n}`, userAgent: CHROME });
      }
      await Promise.all([one.flush(), two.flush(), one.flush(), two.flush()]);
      expect(await viewsOf(phuNghia.id)).toEqual({ daily: before.a.daily + 60, total: before.a.total + 60 });
      expect(await viewsOf(binhThang.id)).toEqual({ daily: before.b.daily + 25, total: before.b.total + 25 });
    } finally {
      if (second !== database) await second.close();
    }
  });
});

describe('views in the demo and on /stats', () => {
  it('the demo has sixty days of views for every approved example', async () => {
    const rows = await queryRows<{ n: number; days: number }>(
      database,
      `SELECT count(DISTINCT t.nomination_id)::int AS n, (SELECT count(DISTINCT day)::int FROM example_daily_views) AS days
         FROM example_view_totals t JOIN nominations n ON n.id = t.nomination_id WHERE n.status = 'approved'`,
    );
    expect(rows[0]).toMatchObject({ n: Object.keys(DEMO_DAILY_VIEWS).length });
    expect(rows[0]!.days).toBeGreaterThanOrEqual(60);
  });

  it('lists the most viewed examples of the campaign and area, most first', async () => {
    const campaign = { slug: DEMO_CAMPAIGN.slug, name: DEMO_CAMPAIGN.name, shortName: DEMO_CAMPAIGN.shortName, startYear: 2021, endYear: 2025 };
    const everywhere = await resolveAreaSelection(database.db, {});
    const all = await listMostViewedExamples(database.db, { campaign, from: 2021, to: 2025, area: everywhere, areaFilters: {}, limit: 10 });
    expect(all).toHaveLength(10);
    expect(all[0]!.slug).toBe(phuNghia.slug);
    for (let i = 1; i < all.length; i++) expect(all[i]!.views).toBeLessThanOrEqual(all[i - 1]!.views);
    const expected = await queryRows<{ slug: string }>(
      database,
      `SELECT n.slug FROM nominations n JOIN example_view_totals t ON t.nomination_id = n.id
        WHERE n.status = 'approved' AND n.commune_code = '25267' AND n.commune_tree = '2024' ORDER BY t.views DESC, n.title`,
    );
    const areaFilters = { commune: { tree: '2024' as const, code: '25267' } };
    const area = await resolveAreaSelection(database.db, areaFilters);
    const inCommune = await listMostViewedExamples(database.db, { campaign, from: 2021, to: 2025, area, areaFilters, limit: 10 });
    expect(inCommune.map((e) => e.slug)).toEqual(expected.map((e) => e.slug));
    expect(inCommune.every((e) => e.communeName === 'Xã Phú Nghĩa')).toBe(true);
  });

  it('the statistics page shows them with Vietnamese thousands', async () => {
    const html = renderToStaticMarkup(await StatsPage({ searchParams: Promise.resolve({}) }));
    expect(html).toContain('id="xem-nhieu-nhat"');
    const [top] = await queryRows<{ views: string | number }>(database, `SELECT views FROM example_view_totals WHERE nomination_id = '${phuNghia.id}'`);
    expect(Number(top!.views)).toBeGreaterThan(999);
    expect(html).toContain(`${new Intl.NumberFormat('vi-VN').format(Number(top!.views))} lượt xem`);
  });
});
