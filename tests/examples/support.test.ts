import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import ExamplePage from '@/app/(public)/examples/[slug]/page';
import * as exampleRoute from '@/app/api/v1/examples/[slug]/route';
import { setDatabase } from '@/db';
import { listPublicSupport } from '@/db/queries/example-support';
import { readPublicDataVersion } from '@/db/queries/public-data';
import { exampleSupport, nominations, users } from '@/db/schema';
import { DEMO_SUPPORT } from '@/db/seed/demo-living';
import { getExampleStats } from '@/lib/stats/example-stats';
import { recordSupport, removeSupport } from '@/lib/examples/support';
import type { SessionUser } from '@/lib/domain/actor';
import { createTestDatabase, queryRows, type TestDatabase } from '../support/database';
import { PEOPLE, sessionUserOf } from '../support/accounts';
import { BO_PHU_NGHIA, demoRow } from './living-setup';

let database: TestDatabase;
let example: { id: string; slug: string };
const who: Record<string, SessionUser> = {};
const NOW = new Date('2026-11-20T03:00:00Z');
const good = { date: '2026-10-02', form: 'training', provider: 'Trung tâm Khuyến nông tỉnh Đồng Nai', amountVnd: '25.000.000' };

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  setDatabase(database);
  example = await demoRow(database.db, BO_PHU_NGHIA);
  for (const [key, email] of Object.entries(PEOPLE)) who[key] = await sessionUserOf(database.db, email);
});
afterAll(async () => {
  setDatabase(undefined);
  await database.dispose();
});

const rows = () => database.db.select().from(exampleSupport).where(eq(exampleSupport.nominationId, example.id));

describe('recording support received', () => {
  it('the nominating unit records support; it is public at once and moves the public data version', async () => {
    const before = (await rows()).length;
    const version = await readPublicDataVersion(database.db);
    const result = await recordSupport(database.db, who.memberA!, { nominationId: example.id, raw: good, now: NOW });
    expect(result.ok).toBe(true);
    expect((await rows()).length).toBe(before + 1);
    expect(await readPublicDataVersion(database.db)).toBeGreaterThan(version);
    const published = await listPublicSupport(database.db, { nominationId: example.id });
    expect(published.at(-1)).toEqual({ date: '2026-10-02', form: 'training', provider: good.provider, amountVnd: 25_000_000 });
  });

  it('a reviewer in scope records support too', async () => {
    const result = await recordSupport(database.db, who.reviewerIn!, {
      nominationId: example.id,
      raw: { ...good, form: 'equipment', amountVnd: '0' },
      now: NOW,
    });
    expect(result.ok).toBe(true);
  });

  it('another unit, a reviewer out of scope and the admin are told the example is not theirs; nothing is written', async () => {
    const before = (await rows()).length;
    for (const person of [who.memberB!, who.reviewerOut!, who.admin!]) {
      const result = await recordSupport(database.db, person, { nominationId: example.id, raw: good, now: NOW });
      expect(result).toMatchObject({ ok: false, message: 'Không tìm thấy điển hình đã công nhận mà bạn được ghi nhận hỗ trợ.' });
    }
    expect((await rows()).length).toBe(before);
  });

  it('bad input gets a Vietnamese message per field and changes nothing', async () => {
    const before = (await rows()).length;
    const cases: [Record<string, string>, string, string][] = [
      [{ date: '2026-11-21' }, 'date', 'Ngày hỗ trợ không được sau ngày hôm nay.'],
      [{ date: '1999-12-31' }, 'date', 'Ngày hỗ trợ phải từ năm 2000 trở đi.'],
      [{ date: '2026-02-30' }, 'date', 'Vui lòng chọn ngày hỗ trợ hợp lệ.'],
      [{ form: 'gift' }, 'form', 'Vui lòng chọn hình thức hỗ trợ.'],
      [{ provider: '   ' }, 'provider', 'Vui lòng nhập đơn vị hỗ trợ.'],
      [{ provider: 'Trạm\u0007 khuyến nông' }, 'provider', 'Đơn vị hỗ trợ chứa ký tự điều khiển'],
      [{ amountVnd: '-5' }, 'amountVnd', 'Số tiền chỉ gồm chữ số, ví dụ 15.000.000.'],
      [{ amountVnd: '12,5' }, 'amountVnd', 'Số tiền chỉ gồm chữ số, ví dụ 15.000.000.'],
      [{ amountVnd: '1000000000000' }, 'amountVnd', 'Số tiền không được vượt quá 100.000.000.000 đ'],
      [{ amountVnd: '' }, 'amountVnd', 'Vui lòng nhập số tiền'],
    ];
    for (const [change, field, message] of cases) {
      const result = await recordSupport(database.db, who.memberA!, { nominationId: example.id, raw: { ...good, ...change }, now: NOW });
      expect(result.ok, JSON.stringify(change)).toBe(false);
      if (!result.ok) expect(result.fieldErrors?.[field], JSON.stringify(change)).toContain(message);
    }
    expect((await rows()).length).toBe(before);
  });

  it('the date limit is today in Vietnam, not in UTC', async () => {
    // 20/11 at 20:00 UTC is already 21/11 in Vietnam.
    const lateEvening = new Date('2026-11-20T20:00:00Z');
    const result = await recordSupport(database.db, who.memberA!, { nominationId: example.id, raw: { ...good, date: '2026-11-21' }, now: lateEvening });
    expect(result.ok).toBe(true);
  });

  it('a session older than a scope change acts with the scope the account has now', async () => {
    const stale = { ...who.reviewerIn! };
    await database.db.update(users).set({ scopeCode: '689' }).where(eq(users.id, stale.id));
    try {
      const result = await recordSupport(database.db, stale, { nominationId: example.id, raw: good, now: NOW });
      expect(result.ok).toBe(false);
    } finally {
      await database.db.update(users).set({ scopeCode: '691' }).where(eq(users.id, stale.id));
    }
  });

  it('nothing is recorded on an example that is not approved', async () => {
    const submitted = await demoRow(database.db, 'clb-dieu-huu-co-binh-loi');
    const member = await sessionUserOf(database.db, PEOPLE.memberB);
    const result = await recordSupport(database.db, member, { nominationId: submitted.id, raw: good, now: NOW });
    expect(result.ok).toBe(false);
  });

  it('removal: refused to another unit, allowed to the unit', async () => {
    const row = (await rows()).find((r) => r.provider === good.provider);
    expect(await removeSupport(database.db, who.memberB!, { supportId: row!.id })).toMatchObject({ ok: false });
    expect(await removeSupport(database.db, who.reviewerOut!, { supportId: row!.id })).toMatchObject({ ok: false });
    expect((await rows()).some((r) => r.id === row!.id)).toBe(true);
    expect(await removeSupport(database.db, who.memberA!, { supportId: row!.id })).toMatchObject({ ok: true });
    expect((await rows()).some((r) => r.id === row!.id)).toBe(false);
    expect(await removeSupport(database.db, who.memberA!, { supportId: row!.id })).toMatchObject({ ok: false });
  });
});

describe('support in public', () => {
  it('the API item lists support with exactly date, form, provider, amountVnd', async () => {
    const response = await exampleRoute.GET(new Request(`http://localhost/api/v1/examples/${example.slug}`), {
      params: Promise.resolve({ slug: example.slug }),
    });
    const body = (await response.json()) as { support: Record<string, unknown>[]; replicationRequests: number };
    const expected = await listPublicSupport(database.db, { nominationId: example.id });
    expect(body.support).toEqual(expected);
    for (const item of body.support) expect(Object.keys(item).sort()).toEqual(['amountVnd', 'date', 'form', 'provider']);
    expect(typeof body.replicationRequests).toBe('number');
  });

  it('the example page shows “Hỗ trợ đã nhận” with amounts in Vietnamese thousands', async () => {
    const html = renderToStaticMarkup(await ExamplePage({ params: Promise.resolve({ slug: example.slug }) }));
    expect(html).toContain('Hỗ trợ đã nhận');
    const loan = DEMO_SUPPORT.find((s) => s.example === BO_PHU_NGHIA && s.form === 'policy_loan')!;
    expect(html).toContain(loan.provider);
    expect(html).toContain('300.000.000 đ');
    expect(html).toContain('Vay vốn NHCSXH');
  });

  it('the stats total support by form, as plain SQL over the same examples counts it', async () => {
    const result = await getExampleStats(database.db, {});
    if (!result.ok) throw new Error(result.message);
    const campaignId = (await database.db.select({ id: nominations.campaignId }).from(nominations).where(eq(nominations.id, example.id)))[0]!.id;
    const sql = await queryRows<{ form: string; n: string; amount: string }>(
      database,
      `SELECT s.form, count(*) AS n, sum(s.amount_vnd) AS amount FROM example_support s JOIN nominations n ON n.id = s.nomination_id
        JOIN campaigns c ON c.id = n.campaign_id
       WHERE n.status = 'approved' AND c.slug = '${result.scope.campaign.slug}' AND n.year BETWEEN ${result.scope.from} AND ${result.scope.to}
       GROUP BY s.form`,
    );
    expect(campaignId).toBeGreaterThan(0);
    expect(sql.length).toBeGreaterThan(0);
    const fromSql = Object.fromEntries(sql.map((r) => [r.form, { count: Number(r.n), amountVnd: Number(r.amount) }]));
    const fromStats = Object.fromEntries(result.stats.supportByForm.map((t) => [t.form, { count: t.count, amountVnd: t.amountVnd }]));
    expect(fromStats).toEqual(fromSql);
  });
});
