import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import ExamplePage from '@/app/(public)/examples/[slug]/page';
import * as exampleRoute from '@/app/api/v1/examples/[slug]/route';
import { setDatabase } from '@/db';
import { openExampleExport, exportCsvStream, exportJsonStream } from '@/lib/examples/export';
import { readPublicDataVersion } from '@/db/queries/public-data';
import { nominations, notifications, replicationRequestEvents, replicationRequests } from '@/db/schema';
import { DEMO_REQUESTS } from '@/db/seed/demo-living';
import { moveReplicationRequest, submitReplicationRequest } from '@/lib/examples/replication-requests';
import {
  canMoveRequest,
  nextRequestStatuses,
  REQUEST_STATUSES,
  REQUESTS_PER_ADDRESS_PER_HOUR,
  REQUESTS_PER_EXAMPLE_PER_HOUR,
} from '@/lib/domain/replication-requests';
import type { SessionUser } from '@/lib/domain/actor';
import { createTestDatabase, queryRows, type TestDatabase } from '../support/database';
import { PEOPLE, sessionUserOf, userIdOf } from '../support/accounts';
import { BO_BINH_THANG, BO_PHU_NGHIA, DIEU_DUC_HANH, demoRow } from './living-setup';

let database: TestDatabase;
let example: { id: string; slug: string };
const who: Record<string, SessionUser> = {};
const NOW = new Date('2026-11-20T03:00:00Z');
const SALT = 'test-salt';
let addressNo = 0;
/** A fresh address per submission, unless a test is about one address. */
const nextAddress = () => `198.51.100.${++addressNo}`;
const citizen = {
  name: 'Đinh Văn Khải',
  phone: '0987 654 321',
  email: '',
  communeTree: '2024',
  communeCode: '25231',
  message: 'Tổ hợp tác thôn 5 muốn học cách luân chuyển bê cái.',
};

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

const submit = (over: Partial<Parameters<typeof submitReplicationRequest>[1]> = {}) =>
  submitReplicationRequest(database.db, {
    exampleId: example.id,
    raw: citizen,
    honeypot: '',
    actor: null,
    address: nextAddress(),
    salt: SALT,
    now: NOW,
    ...over,
  });
const requestsOf = (id = example.id) => database.db.select().from(replicationRequests).where(eq(replicationRequests.nominationId, id));

describe('asking to learn from an example', () => {
  it('a citizen’s request is stored privately, tells the owning unit, and moves the public count and version', async () => {
    const before = (await requestsOf()).length;
    const version = await readPublicDataVersion(database.db);
    const memberA = await userIdOf(database.db, PEOPLE.memberA);
    const told = () =>
      database.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.recipientId, memberA), eq(notifications.kind, 'replication_request')));
    const toldBefore = (await told()).length;
    expect(await submit()).toEqual({ ok: true });
    const rows = await requestsOf();
    expect(rows.length).toBe(before + 1);
    const mine = rows.find((r) => r.name === citizen.name)!;
    expect(mine).toMatchObject({ requesterKind: 'citizen', requestingUnitId: null, phone: citizen.phone, email: null, status: 'new', communeCode: '25231' });
    expect(mine.addressHash).toBeTruthy();
    expect(mine.addressHash).not.toContain('198.51.100');
    expect((await told()).length).toBe(toldBefore + 1);
    expect(await readPublicDataVersion(database.db)).toBeGreaterThan(version);
    // Another unit hears nothing.
    const memberB = await userIdOf(database.db, PEOPLE.memberB);
    const toB = await database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.recipientId, memberB), eq(notifications.kind, 'replication_request')));
    expect(toB.length).toBe(0);
  });

  it('bad input is refused field by field, in Vietnamese, and nothing is stored', async () => {
    const before = (await requestsOf()).length;
    const cases: [Record<string, string>, string, string][] = [
      [{ phone: '', email: '' }, 'phone', 'Vui lòng nhập số điện thoại hoặc email để đơn vị liên hệ với bạn.'],
      [{ phone: '12ab' }, 'phone', 'Số điện thoại chưa đúng'],
      [{ phone: '', email: 'khai@' }, 'email', 'Email chưa đúng'],
      [{ name: '  ' }, 'name', 'Vui lòng nhập họ và tên.'],
      [{ name: 'Khải\u0000' }, 'name', 'ký tự điều khiển'],
      [{ communeCode: '' }, 'communeCode', 'Vui lòng chọn xã, phường'],
      [{ communeCode: '99999' }, 'communeCode', 'Không tìm thấy xã, phường có mã này.'],
      // A district code is not a commune.
      [{ communeTree: '2024', communeCode: '00691' }, 'communeCode', 'Không tìm thấy xã, phường có mã này.'],
      [{ message: '' }, 'message', 'Vui lòng nhập nội dung đăng ký.'],
      [{ message: 'a'.repeat(1001) }, 'message', 'không được dài quá 1.000 ký tự'],
    ];
    for (const [change, field, message] of cases) {
      const result = await submit({ raw: { ...citizen, ...change } });
      expect(result.ok, JSON.stringify(change)).toBe(false);
      if (!result.ok) expect(result.fieldErrors?.[field], JSON.stringify(change)).toContain(message);
    }
    expect((await requestsOf()).length).toBe(before);
  });

  it('a filled honeypot is thanked and dropped', async () => {
    const before = (await requestsOf()).length;
    expect(await submit({ honeypot: 'http://spam.example' })).toEqual({ ok: true });
    expect((await requestsOf()).length).toBe(before);
  });

  it('one address is refused beyond the hourly limit; another address is not', async () => {
    const address = '203.0.113.50';
    const other = await demoRow(database.db, DIEU_DUC_HANH);
    for (let i = 0; i < REQUESTS_PER_ADDRESS_PER_HOUR; i++) expect(await submit({ address, exampleId: i % 2 ? other.id : example.id })).toEqual({ ok: true });
    const before = (await requestsOf()).length;
    const refused = await submit({ address });
    expect(refused).toMatchObject({ ok: false, limited: true, message: 'Bạn đã gửi nhiều đăng ký trong một giờ qua. Vui lòng thử lại sau.' });
    expect((await requestsOf()).length).toBe(before);
    // An hour later the address may ask again.
    expect(await submit({ address, now: new Date(NOW.getTime() + 3_600_001) })).toEqual({ ok: true });
  });

  it('one example takes a bounded number of requests an hour, whatever the addresses', async () => {
    const target = await demoRow(database.db, 'nuoc-sach-bon-bu-ren');
    for (let i = 0; i < REQUESTS_PER_EXAMPLE_PER_HOUR; i++) expect(await submit({ exampleId: target.id })).toEqual({ ok: true });
    expect(await submit({ exampleId: target.id })).toMatchObject({ ok: false, limited: true });
    expect((await requestsOf(target.id)).length).toBe(REQUESTS_PER_EXAMPLE_PER_HOUR);
  });

  it('a signed-in unit member’s request is recorded as their unit, name and contact from the account when left empty', async () => {
    expect(await submit({ actor: who.memberB!, raw: { ...citizen, name: '', phone: '', email: '' } })).toEqual({ ok: true });
    const row = (await requestsOf()).find((r) => r.requestedBy === who.memberB!.id && r.requesterKind === 'unit' && r.createdAt.getTime() === NOW.getTime());
    expect(row).toMatchObject({ requesterKind: 'unit', requestingUnitId: who.memberB!.unitId, email: PEOPLE.memberB, name: who.memberB!.name });
  });

  it('a unit cannot ask to learn from its own example; an unpublished or unknown example takes no request', async () => {
    expect(await submit({ actor: who.memberA! })).toMatchObject({ ok: false, message: 'Đây là điển hình do chính đơn vị bạn giới thiệu.' });
    const unpublished = await demoRow(database.db, 'ho-dieu-khiem-nuoi-de');
    expect(await submit({ exampleId: unpublished.id })).toMatchObject({ ok: false, notFound: true });
    const draft = await demoRow(database.db, 'dieu-len-to-ghep-dieu-dak-son');
    expect(await submit({ exampleId: draft.id })).toMatchObject({ ok: false, notFound: true });
    expect(await submit({ exampleId: 'not-a-uuid' })).toMatchObject({ ok: false, notFound: true });
  });
});

describe('following a request up', () => {
  const freshRequest = async () => {
    const name = `Người học ${++addressNo}`;
    expect(await submit({ raw: { ...citizen, name } })).toEqual({ ok: true });
    return (await requestsOf()).find((r) => r.name === name)!;
  };
  const move = (actor: SessionUser, requestId: string, expected: string, to: string, replicatedNominationId = '') =>
    moveReplicationRequest(database.db, actor, { requestId, expected, to, replicatedNominationId });

  it('the state machine only goes forward', () => {
    expect(nextRequestStatuses('new')).toEqual(['contacted', 'visit_arranged', 'replicated']);
    expect(nextRequestStatuses('replicated')).toEqual([]);
    for (const from of REQUEST_STATUSES) {
      expect(canMoveRequest(from, from)).toBe(false);
      for (const to of REQUEST_STATUSES) expect(canMoveRequest(from, to)).toBe(REQUEST_STATUSES.indexOf(to) > REQUEST_STATUSES.indexOf(from));
    }
  });

  it('the owning unit moves a request; each move is one history row with who and from what', async () => {
    const request = await freshRequest();
    expect(await move(who.memberA!, request.id, 'new', 'contacted')).toMatchObject({ ok: true });
    expect(await move(who.memberA!, request.id, 'contacted', 'visit_arranged')).toMatchObject({ ok: true });
    const events = await database.db.select().from(replicationRequestEvents).where(eq(replicationRequestEvents.requestId, request.id));
    expect(events.map((e) => [e.fromStatus, e.toStatus, e.actorId])).toEqual([
      ['new', 'contacted', who.memberA!.id],
      ['contacted', 'visit_arranged', who.memberA!.id],
    ]);
    const refused = await move(who.memberA!, request.id, 'visit_arranged', 'contacted');
    expect(refused).toMatchObject({ ok: false });
    if (!refused.ok) expect(refused.message).toContain('không quay lại');
  });

  it('another unit, reviewers and the admin cannot move it, and it stays as it was', async () => {
    const request = await freshRequest();
    for (const person of [who.memberB!, who.reviewerIn!, who.reviewerOut!, who.admin!]) {
      expect(await move(person, request.id, 'new', 'contacted'), person.email).toMatchObject({
        ok: false,
        message: 'Không tìm thấy đăng ký này trong các điển hình của đơn vị bạn.',
      });
    }
    const [row] = await database.db.select().from(replicationRequests).where(eq(replicationRequests.id, request.id));
    expect(row!.status).toBe('new');
  });

  it('two tabs moving the same request: exactly one wins, the other is told what happened', async () => {
    const request = await freshRequest();
    const results = await Promise.all([move(who.memberA!, request.id, 'new', 'contacted'), move(who.memberA!, request.id, 'new', 'visit_arranged')]);
    expect(results.filter((r) => r.ok).length).toBe(1);
    const loser = results.find((r) => !r.ok);
    expect(loser && !loser.ok && loser.message).toMatch(/vừa được chuyển sang “(Đã liên hệ|Đã hẹn tham quan)”/);
    const events = await database.db.select().from(replicationRequestEvents).where(eq(replicationRequestEvents.requestId, request.id));
    expect(events.length).toBe(1);
  });

  it('“replicated” needs a nomination in the example’s lineage', async () => {
    const request = await freshRequest();
    const unrelated = await demoRow(database.db, DIEU_DUC_HANH);
    const copy = await demoRow(database.db, BO_BINH_THANG);
    const missing = await move(who.memberA!, request.id, 'new', 'replicated');
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.fieldErrors?.replicatedNominationId).toBe('Vui lòng chọn hồ sơ nhân rộng từ điển hình này.');
    expect(await move(who.memberA!, request.id, 'new', 'replicated', unrelated.id)).toMatchObject({ ok: false });
    expect(await move(who.memberA!, request.id, 'new', 'replicated', copy.id)).toMatchObject({ ok: true });
    const [row] = await database.db.select().from(replicationRequests).where(eq(replicationRequests.id, request.id));
    expect(row).toMatchObject({ status: 'replicated', replicatedNominationId: copy.id });
  });

  it('the history cannot be rewritten', async () => {
    await expect(queryRows(database, `UPDATE replication_request_events SET to_status = 'new'`)).rejects.toThrow();
  });
});

describe('nothing private in public', () => {
  const secrets = async () => {
    const rows = await database.db.select().from(replicationRequests);
    return rows.flatMap((r) => [r.name, r.phone, r.email, r.message]).filter((v): v is string => Boolean(v) && v!.length > 6);
  };

  it('the API answers the count and never a contact or a message', async () => {
    const response = await exampleRoute.GET(new Request(`http://localhost/api/v1/examples/${example.slug}`), {
      params: Promise.resolve({ slug: example.slug }),
    });
    const text = await response.text();
    const body = JSON.parse(text) as { replicationRequests: number };
    expect(body.replicationRequests).toBe((await requestsOf()).length);
    for (const secret of await secrets()) expect(text).not.toContain(secret);
  });

  it('the example page shows “N đơn vị, cá nhân đã đăng ký học tập” and no requester', async () => {
    const html = renderToStaticMarkup(await ExamplePage({ params: Promise.resolve({ slug: example.slug }) }));
    expect(html).toContain(`${(await requestsOf()).length} đơn vị, cá nhân đã đăng ký học tập`);
    expect(html).toContain('Đăng ký học tập, nhân rộng mô hình');
    for (const secret of await secrets()) expect(html).not.toContain(secret);
  });

  it('the open-data files carry support and the count, never a contact', async () => {
    const read = async (stream: (b: AsyncIterable<never>) => ReadableStream<Uint8Array>) => {
      const opened = await openExampleExport(database.db, new URLSearchParams());
      if (!opened.ok) throw new Error(opened.message);
      return new Response(stream(opened.batches as AsyncIterable<never>)).text();
    };
    const json = await read((b) => exportJsonStream(b, { base: 'http://x' }));
    const csv = await read((b) => exportCsvStream(b, { base: 'http://x' }));
    const items = (JSON.parse(json) as { items: { slug: string; support: unknown[]; replicationRequests: number }[] }).items;
    const item = items.find((i) => i.slug === example.slug)!;
    expect(item.replicationRequests).toBe((await requestsOf()).length);
    expect(item.support.length).toBeGreaterThan(0);
    expect(csv.split('\n')[0]).toContain('replication_requests');
    for (const secret of await secrets()) {
      expect(json).not.toContain(secret);
      expect(csv).not.toContain(secret);
    }
  });

  it('the demo has requests in several states', async () => {
    expect(new Set(DEMO_REQUESTS.map((r) => r.status)).size).toBe(REQUEST_STATUSES.length);
    const [row] = await database.db.select({ id: nominations.id }).from(nominations).where(eq(nominations.id, example.id));
    expect(row).toBeTruthy();
  });
});
