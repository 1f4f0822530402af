import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExamplePage from '@/app/(public)/examples/[slug]/page';
import * as exampleRoute from '@/app/api/v1/examples/[slug]/route';
import * as listRoute from '@/app/api/v1/examples/route';
import { setDatabase } from '@/db';
import { forgetRatingAddresses } from '@/db/queries/ratings';
import { readPublicDataVersion } from '@/db/queries/public-data';
import { DEMO_RATINGS } from '@/db/seed/demo-outreach';
import { RATING_MESSAGES, RATINGS_PER_ADDRESS_PER_HOUR, READERS_PER_ADDRESS_PER_EXAMPLE_PER_DAY } from '@/lib/outreach/rating-rules';
import { rateExample } from '@/lib/outreach/ratings';
import { forgetReaderFigures } from '@/lib/outreach/reader-figures';
import { newReaderCookie, ratingAddressHash, readerHash } from '@/lib/outreach/reader-identity';
import { BO_BINH_THANG, BO_PHU_NGHIA, DIEU_DUC_HANH, demoRow } from '../examples/living-setup';
import { createTestDatabase, queryRows, type TestDatabase } from '../support/database';

const SECRET = 'a-test-secret-of-at-least-32-characters!';
const NOW = new Date('2026-11-20T03:00:00Z');
const HOUR = 3_600_000;
let database: TestDatabase;
let phuNghia: { id: string; slug: string };
let binhThang: { id: string; slug: string };
let ducHanh: { id: string; slug: string };
let unpublished: string;
let addressNo = 0;
const nextAddress = () => `198.51.100.${++addressNo}`;

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  setDatabase(database);
  phuNghia = await demoRow(database.db, BO_PHU_NGHIA);
  binhThang = await demoRow(database.db, BO_BINH_THANG);
  ducHanh = await demoRow(database.db, DIEU_DUC_HANH);
  const [row] = await queryRows<{ id: string }>(database, `SELECT id FROM nominations WHERE status = 'unpublished' LIMIT 1`);
  unpublished = row!.id;
});
afterAll(async () => {
  setDatabase(undefined);
  await database.dispose();
});

const rate = (over: Partial<Parameters<typeof rateExample>[1]> = {}) =>
  rateExample(database.db, {
    exampleId: phuNghia.id,
    stars: '4',
    readerCookie: newReaderCookie(SECRET),
    address: nextAddress(),
    secret: SECRET,
    now: NOW,
    ...over,
  });

async function ratingsOf(id: string) {
  const [row] = await queryRows<{ n: number; total: number }>(
    database,
    `SELECT count(*)::int AS n, coalesce(sum(stars), 0)::int AS total FROM example_ratings WHERE nomination_id = '${id}'`,
  );
  return row!;
}

describe('rating an example', () => {
  it('a reader with the site’s cookie rates once; the figures count it; only hashes are stored', async () => {
    const before = await ratingsOf(phuNghia.id);
    const version = await readPublicDataVersion(database.db);
    const cookie = newReaderCookie(SECRET);
    const address = nextAddress();
    const outcome = await rate({ stars: '2', readerCookie: cookie, address });
    expect(outcome).toEqual({
      status: 'saved',
      stars: 2,
      previous: null,
      figures: { count: before.n + 1, average: (before.total + 2) / (before.n + 1) },
    });
    const rows = await queryRows<Record<string, unknown>>(database, `SELECT * FROM example_ratings WHERE nomination_id = '${phuNghia.id}' AND stars = 2`);
    const mine = rows.find((r) => r.voter_hash === readerHash(cookie, SECRET))!;
    expect(mine.address_hash).toBe(ratingAddressHash(address, SECRET));
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(cookie.split('.')[0]);
    expect(stored).not.toContain(address);
    // Ratings are not public data changes: the page cache keeps its pages.
    expect(await readPublicDataVersion(database.db)).toBe(version);
  });

  it('the same reader changes the rating instead of adding one; the same stars again write nothing', async () => {
    const cookie = newReaderCookie(SECRET);
    await rate({ exampleId: ducHanh.id, stars: '5', readerCookie: cookie });
    const before = await ratingsOf(ducHanh.id);
    expect(await rate({ exampleId: ducHanh.id, stars: '3', readerCookie: cookie })).toMatchObject({ status: 'saved', stars: 3, previous: 5 });
    expect(await ratingsOf(ducHanh.id)).toEqual({ n: before.n, total: before.total - 2 });
    const [{ at }] = (await queryRows<{ at: string }>(database, `SELECT max(updated_at)::text AS at FROM example_ratings`)) as [{ at: string }];
    const again = await rate({ exampleId: ducHanh.id, stars: '3', readerCookie: cookie, now: new Date(NOW.getTime() + 60_000) });
    expect(again).toMatchObject({ status: 'saved', stars: 3, previous: 3 });
    expect((await queryRows<{ at: string }>(database, `SELECT max(updated_at)::text AS at FROM example_ratings`))[0]!.at).toBe(at);
  });

  it('without the cookie, or with one the site did not sign, nothing is written and a cookie is asked for', async () => {
    const before = await ratingsOf(phuNghia.id);
    const forged = `${'A'.repeat(24)}.${'B'.repeat(22)}`;
    const otherSite = newReaderCookie('another-secret-of-at-least-32-characters');
    for (const readerCookie of [null, '', 'abc', forged, otherSite, `${newReaderCookie(SECRET)}x`])
      expect(await rate({ readerCookie })).toEqual({ status: 'needs_cookie', stars: 4 });
    expect(await ratingsOf(phuNghia.id)).toEqual(before);
  });

  it('refuses bad stars, examples that are not public and requests without an address, writing nothing', async () => {
    const before = await ratingsOf(phuNghia.id);
    for (const stars of ['0', '6', '3.5', '', 'năm', ' ', undefined, null, ['4'], '4 '.repeat(3)])
      expect(await rate({ stars })).toEqual({ status: 'refused', message: RATING_MESSAGES.chooseStars, stars: null });
    for (const exampleId of [unpublished, '00000000-0000-4000-8000-000000000000', 'not-a-uuid', ''])
      expect(await rate({ exampleId })).toMatchObject({ status: 'refused', message: RATING_MESSAGES.notPublished, notFound: true });
    expect(await rate({ address: null })).toMatchObject({ status: 'refused', message: RATING_MESSAGES.noAddress });
    expect(await ratingsOf(phuNghia.id)).toEqual(before);
    expect((await ratingsOf(unpublished)).n).toBe(0);
  });
});

describe('floods from one address', () => {
  it('new readers from one address on one example: refused beyond the daily number, others still welcome', async () => {
    const address = nextAddress();
    const before = await ratingsOf(binhThang.id);
    const outcomes = [];
    // In parallel: the limit holds under concurrency (one lock per address).
    outcomes.push(
      ...(await Promise.all(Array.from({ length: READERS_PER_ADDRESS_PER_EXAMPLE_PER_DAY + 5 }, () => rate({ exampleId: binhThang.id, address })))),
    );
    expect(outcomes.filter((o) => o.status === 'saved')).toHaveLength(READERS_PER_ADDRESS_PER_EXAMPLE_PER_DAY);
    expect(outcomes.filter((o) => o.status === 'refused')).toHaveLength(5);
    expect(outcomes.find((o) => o.status === 'refused')).toMatchObject({ message: RATING_MESSAGES.exampleLimit, limited: true });
    expect((await ratingsOf(binhThang.id)).n).toBe(before.n + READERS_PER_ADDRESS_PER_EXAMPLE_PER_DAY);
    expect(await rate({ exampleId: binhThang.id })).toMatchObject({ status: 'saved' });
    // A day later the address may bring new readers again.
    expect(await rate({ exampleId: binhThang.id, address, now: new Date(NOW.getTime() + 25 * HOUR) })).toMatchObject({ status: 'saved' });
  });

  it('ratings from one address over all examples: refused beyond the hourly number, accepted an hour later', async () => {
    const address = '2001:db8:5:7::1';
    const examples = await queryRows<{ id: string }>(database, `SELECT id FROM nominations WHERE status = 'approved' ORDER BY id`);
    let saved = 0;
    let refused: Awaited<ReturnType<typeof rate>> | null = null;
    for (let n = 0; n < RATINGS_PER_ADDRESS_PER_HOUR + 3; n++) {
      // Another address of the same /64 is the same sender.
      const outcome = await rate({ exampleId: examples[n % examples.length]!.id, address: n % 2 ? address : `2001:db8:5:7:abcd::${n}` });
      if (outcome.status === 'saved') saved++;
      else refused ??= outcome;
    }
    expect(saved).toBe(RATINGS_PER_ADDRESS_PER_HOUR);
    expect(refused).toMatchObject({ status: 'refused', message: RATING_MESSAGES.addressLimit, limited: true });
    expect(await rate({ address: '2001:db8:5:8::1' })).toMatchObject({ status: 'saved' });
    expect(await rate({ address, now: new Date(NOW.getTime() + HOUR + 1000) })).toMatchObject({ status: 'saved' });
  });

  it('hashed addresses are forgotten once the limits no longer need them', async () => {
    const old = await rate({ now: new Date(NOW.getTime() - 3 * 24 * HOUR) });
    expect(old.status).toBe('saved');
    const forgotten = await forgetRatingAddresses(database.db, { before: new Date(NOW.getTime() - 2 * 24 * HOUR) });
    expect(forgotten).toBe(1);
    const [left] = await queryRows<{ n: number }>(
      database,
      `SELECT count(*)::int AS n FROM example_ratings WHERE address_hash IS NOT NULL AND updated_at < '${new Date(NOW.getTime() - 2 * 24 * HOUR).toISOString()}'`,
    );
    expect(left!.n).toBe(0);
  });
});

/** Views and ratings as the database has them, independently of the code under test. */
async function figuresInDatabase() {
  const rows = await queryRows<{ slug: string; id: string; views: string | null; n: number; average: string | null }>(
    database,
    `SELECT n.slug, n.id, t.views::text AS views,
            (SELECT count(*)::int FROM example_ratings r WHERE r.nomination_id = n.id) AS n,
            (SELECT avg(stars)::text FROM example_ratings r WHERE r.nomination_id = n.id) AS average
       FROM nominations n LEFT JOIN example_view_totals t ON t.nomination_id = n.id WHERE n.status = 'approved'`,
  );
  return new Map(
    rows.map((r) => [
      r.slug,
      {
        id: r.id,
        views: Number(r.views ?? 0),
        count: r.n,
        exact: Number(r.average),
        average: r.average === null ? null : Math.round(Number(r.average) * 100) / 100,
      },
    ]),
  );
}

describe('views and ratings shown', () => {
  it('the API gives views and rating { average, count } on every item and on the example', async () => {
    const expected = await figuresInDatabase();
    for (const { id } of expected.values()) forgetReaderFigures(id);
    const list = (await (await listRoute.GET(new Request('http://localhost/api/v1/examples?limit=100'))).json()) as {
      items: { slug: string; views: number; rating: { average: number | null; count: number } }[];
    };
    expect(list.items).toHaveLength(expected.size);
    for (const item of list.items) {
      const want = expected.get(item.slug)!;
      expect({ views: item.views, rating: item.rating }).toEqual({ views: want.views, rating: { average: want.average, count: want.count } });
    }
    expect(list.items.every((i) => i.views > 0)).toBe(true);
    const response = await exampleRoute.GET(new Request(`http://localhost/api/v1/examples/${phuNghia.slug}`), {
      params: Promise.resolve({ slug: phuNghia.slug }),
    });
    const one = (await response.json()) as { views: number; rating: { average: number; count: number } };
    const want = expected.get(phuNghia.slug)!;
    expect({ views: one.views, rating: one.rating }).toEqual({ views: want.views, rating: { average: want.average, count: want.count } });
  });

  it('the example page shows “1.235 lượt xem”, “4,6 – 37 lượt đánh giá” and the five stars as a radio group', async () => {
    forgetReaderFigures(phuNghia.id);
    const want = (await figuresInDatabase()).get(phuNghia.slug)!;
    const html = renderToStaticMarkup(await ExamplePage({ params: Promise.resolve({ slug: phuNghia.slug }) }));
    const vi = (n: number, digits = 0) => new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
    expect(want.views).toBeGreaterThan(999);
    expect(html).toContain(`${vi(want.views)} lượt xem`);
    expect(html).toContain(`<strong>${vi(want.exact, 1)}</strong>`);
    expect(html).toContain(`– ${vi(want.count)} lượt đánh giá`);
    expect(html).toMatch(/<fieldset[^>]*><legend[^>]*>Bạn đánh giá điển hình này bao nhiêu sao\?<\/legend>/);
    for (const n of [1, 2, 3, 4, 5])
      expect(html).toMatch(new RegExp(`<label[^>]*><input type="radio"[^>]*name="stars" value="${n}"[^>]*/>.*?<span>${n} sao</span></label>`));
    expect(html).toContain(`name="exampleId" value="${phuNghia.id}"`);
    expect(html).toContain('Gửi đánh giá');
  });
});

describe('demo ratings', () => {
  it('every rated demo example has its tally', async () => {
    const [row] = await queryRows<{ n: number }>(
      database,
      `SELECT count(DISTINCT nomination_id)::int AS n FROM example_ratings WHERE voter_hash LIKE 'demo-%'`,
    );
    expect(row!.n).toBe(Object.keys(DEMO_RATINGS).length);
  });
});
