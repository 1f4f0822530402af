import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import ExamplePage from '@/app/(public)/examples/[slug]/page';
import * as exampleRoute from '@/app/api/v1/examples/[slug]/route';
import * as listRoute from '@/app/api/v1/examples/route';
import { ExampleCard } from '@/components/examples/example-card';
import { setDatabase } from '@/db';
import { listPublishedExamples } from '@/db/queries/examples';
import { listNotifications } from '@/db/queries/notifications';
import { readPublicDataVersion } from '@/db/queries/public-data';
import { countCommentQueue, listCommentEvents, listCommentQueue } from '@/db/queries/reader-comments';
import { exampleComments, nominations, notifications } from '@/db/schema';
import { DEMO_COMMENTS } from '@/db/seed/demo-comments';
import { exportCsvStream, exportJsonStream, openExampleExport } from '@/lib/examples/export';
import { moderateComment, submitReaderComment } from '@/lib/examples/reader-comments';
import { commentTarget, COMMENTS_PER_ADDRESS_PER_HOUR, COMMENTS_PER_EXAMPLE_PER_HOUR, countLinks } from '@/lib/domain/reader-comments';
import type { SessionUser } from '@/lib/domain/actor';
import { createTestDatabase, queryRows, type TestDatabase } from '../support/database';
import { addUser, PEOPLE, sessionUserOf, userIdOf } from '../support/accounts';
import { BO_PHU_NGHIA, DIEU_DUC_HANH, demoRow } from './living-setup';

let database: TestDatabase;
let example: { id: string; slug: string };
const who: Record<string, SessionUser> = {};
const NOW = new Date('2026-11-20T03:00:00Z');
const SALT = 'test-salt';
let addressNo = 0;
/** A fresh address per submission, unless a test is about one address. */
const nextAddress = () => `198.51.100.${++addressNo}`;
const reader = {
  authorName: 'Đinh Thị Ngọc',
  authorEmail: 'dinh.thi.ngoc@vidu.test',
  content: 'Mô hình rất hay, thôn tôi muốn học theo.\nXin cảm ơn xã Phú Nghĩa.',
};

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  setDatabase(database);
  example = await demoRow(database.db, BO_PHU_NGHIA);
  for (const [key, email] of Object.entries(PEOPLE)) who[key] = await sessionUserOf(database.db, email);
  // A district reviewer who works for the very unit that nominated the example.
  const [own] = await database.db.select({ unitId: nominations.unitId }).from(nominations).where(eq(nominations.id, example.id));
  await addUser(database.db, {
    email: 'thamdinh.phunghia@guongsang.test',
    name: 'Cán bộ kiêm nhiệm',
    role: 'reviewer',
    unitId: own!.unitId,
    scope: { tree: '2024', code: '691' },
  });
  who.reviewerOwnUnit = await sessionUserOf(database.db, 'thamdinh.phunghia@guongsang.test');
});
afterAll(async () => {
  setDatabase(undefined);
  await database.dispose();
});

let minutes = 0;
/** Five minutes on per submission, so the many comments of this file stay under one example's hourly limit. */
const clock = () => new Date(NOW.getTime() + ++minutes * 5 * 60_000);
const submit = (over: Partial<Parameters<typeof submitReaderComment>[1]> = {}) =>
  submitReaderComment(database.db, { exampleId: example.id, raw: reader, honeypot: '', address: nextAddress(), salt: SALT, now: clock(), ...over });
const commentsOf = (id = example.id) => database.db.select().from(exampleComments).where(eq(exampleComments.nominationId, id));
/** Submits a comment with a name no other row has, and returns its row. */
async function fresh(over: Record<string, string> = {}) {
  const authorName = over.authorName ?? `Bạn đọc ${++addressNo}`;
  expect(await submit({ raw: { ...reader, ...over, authorName } })).toEqual({ ok: true });
  return (await commentsOf()).find((c) => c.authorName === authorName)!;
}
const moderate = (actor: SessionUser, commentId: string, expected: string, action: string, reason = '') =>
  moderateComment(database.db, actor, { commentId, expected, action, reason });
const renderPage = async () => renderToStaticMarkup(await ExamplePage({ params: Promise.resolve({ slug: example.slug }) }));
const apiItem = async () => {
  const response = await exampleRoute.GET(new Request(`http://localhost/api/v1/examples/${example.slug}`), { params: Promise.resolve({ slug: example.slug }) });
  return { text: await response.clone().text(), body: (await response.json()) as { commentCount: number } };
};

describe('a reader comments', () => {
  it('the comment waits for a moderator: stored pending, nothing public changes', async () => {
    const version = await readPublicDataVersion(database.db);
    const countBefore = (await apiItem()).body.commentCount;
    const row = await fresh();
    expect(row).toMatchObject({ status: 'pending', authorEmail: reader.authorEmail, content: reader.content, moderatedBy: null, hiddenReason: null });
    expect(row.addressHash).toBeTruthy();
    expect(row.addressHash).not.toContain('198.51.100');
    expect(await readPublicDataVersion(database.db)).toBe(version);
    expect((await apiItem()).body.commentCount).toBe(countBefore);
    expect(await renderPage()).not.toContain(row.authorName);
  });

  it('bad input is refused field by field, in Vietnamese, and nothing is stored', async () => {
    const before = (await commentsOf()).length;
    const cases: [Record<string, string>, string, string][] = [
      [{ authorName: '   ' }, 'authorName', 'Vui lòng nhập họ và tên.'],
      [{ authorName: 'N'.repeat(81) }, 'authorName', 'Họ và tên không được dài quá 80 ký tự.'],
      [{ authorName: 'Ngọc\u0000' }, 'authorName', 'ký tự điều khiển'],
      [{ authorName: 'Ngọc\u202etxt.exe' }, 'authorName', 'ký tự điều khiển'],
      [{ authorEmail: 'ngoc@' }, 'authorEmail', 'Email chưa đúng'],
      [{ content: '' }, 'content', 'Vui lòng nhập nội dung ý kiến.'],
      [{ content: 'a'.repeat(1501) }, 'content', 'Nội dung ý kiến không được dài quá 1.500 ký tự.'],
      [{ content: 'Xin chào\u0007 bà con' }, 'content', 'Nội dung ý kiến chứa ký tự điều khiển'],
      [{ content: 'Xem https://a.vn, www.b.com và c-d.xyz/khuyen-mai nhé' }, 'content', 'Ý kiến chỉ được có tối đa 2 đường dẫn'],
    ];
    for (const [change, field, message] of cases) {
      const result = await submit({ raw: { ...reader, ...change } });
      expect(result.ok, JSON.stringify(change)).toBe(false);
      if (!result.ok) expect(result.fieldErrors?.[field], JSON.stringify(change)).toContain(message);
    }
    expect((await commentsOf()).length).toBe(before);
  });

  it('1 500 characters, two links, tabs and line breaks (CR LF from a browser) are fine; blank lines are capped', async () => {
    const content = `${'Ý'.repeat(1400)}\r\n\r\n\r\n\r\nhttps://phunghia.binhphuoc.gov.vn và www.nhcsxh.vn\tcảm ơn`;
    expect(content.length).toBeGreaterThan(1450);
    const row = await fresh({ content });
    expect(row.content).toBe(`${'Ý'.repeat(1400)}\n\nhttps://phunghia.binhphuoc.gov.vn và www.nhcsxh.vn\tcảm ơn`);
    expect(await submit({ raw: { ...reader, content: 'b'.repeat(1500) } })).toEqual({ ok: true });
  });

  it('links are counted as a reader sees them, not in ordinary Vietnamese prose', () => {
    expect(countLinks('Thu nhập 1.500.000 đồng/tháng, v.v. Xem thêm ở Zalo.')).toBe(0);
    expect(countLinks('http://a.vn/x https://b.org www.c.net d.com/e vaynhanh24h.top')).toBe(5);
  });

  it('a filled honeypot is thanked and dropped', async () => {
    const before = (await commentsOf()).length;
    expect(await submit({ honeypot: 'http://spam.example' })).toEqual({ ok: true });
    expect((await commentsOf()).length).toBe(before);
  });

  it('the same text sent twice from one address (a double click) is kept once', async () => {
    const address = '203.0.113.90';
    const raw = { ...reader, content: 'Gửi một lần thôi, bấm hai lần.' };
    const before = (await commentsOf()).length;
    const now = clock();
    expect(await submit({ address, raw, now })).toEqual({ ok: true });
    expect(await submit({ address, raw, now: new Date(now.getTime() + 2_000) })).toEqual({ ok: true });
    expect((await commentsOf()).length).toBe(before + 1);
  });

  it('one address is refused beyond the hourly limit, even when it sends all at once; another address is not', async () => {
    const address = '203.0.113.50';
    const other = await demoRow(database.db, DIEU_DUC_HANH);
    const before = (await commentsOf()).length + (await commentsOf(other.id)).length;
    const now = clock();
    const burst = await Promise.all(
      Array.from({ length: COMMENTS_PER_ADDRESS_PER_HOUR + 4 }, (_, i) =>
        submit({ address, now, exampleId: i % 2 ? other.id : example.id, raw: { ...reader, content: `Ý kiến số ${i}` } }),
      ),
    );
    expect(burst.filter((r) => r.ok).length).toBe(COMMENTS_PER_ADDRESS_PER_HOUR);
    const refused = burst.find((r) => !r.ok);
    expect(refused).toMatchObject({ ok: false, limited: true, message: 'Bạn đã gửi nhiều ý kiến trong một giờ qua. Vui lòng thử lại sau.' });
    expect((await commentsOf()).length + (await commentsOf(other.id)).length).toBe(before + COMMENTS_PER_ADDRESS_PER_HOUR);
    expect(await submit({ raw: { ...reader, content: 'Địa chỉ khác vẫn gửi được.' } })).toEqual({ ok: true });
    // An hour later the address may write again.
    expect(await submit({ address, now: new Date(now.getTime() + 3_600_001), raw: { ...reader, content: 'Một giờ sau.' } })).toEqual({ ok: true });
  });

  it('one example takes a bounded number of comments an hour, whatever the addresses', async () => {
    const target = await demoRow(database.db, 'nuoc-sach-bon-bu-ren');
    const before = (await commentsOf(target.id)).length;
    const now = clock();
    for (let i = 0; i < COMMENTS_PER_EXAMPLE_PER_HOUR; i++) expect(await submit({ exampleId: target.id, now })).toEqual({ ok: true });
    expect(await submit({ exampleId: target.id, now })).toMatchObject({ ok: false, limited: true });
    expect((await commentsOf(target.id)).length).toBe(before + COMMENTS_PER_EXAMPLE_PER_HOUR);
  });

  it('an unpublished, draft or unknown example takes no comment', async () => {
    for (const key of ['ho-dieu-khiem-nuoi-de', 'dieu-len-to-ghep-dieu-dak-son']) {
      const row = await demoRow(database.db, key);
      expect(await submit({ exampleId: row.id })).toMatchObject({ ok: false, notFound: true, message: 'Điển hình này không còn được công bố.' });
    }
    expect(await submit({ exampleId: 'not-a-uuid' })).toMatchObject({ ok: false, notFound: true });
  });
});

describe('moderation', () => {
  it('the status machine: publish from pending or hidden, hide from pending or published', () => {
    expect(commentTarget('pending', 'publish')).toBe('published');
    expect(commentTarget('pending', 'hide')).toBe('hidden');
    expect(commentTarget('published', 'hide')).toBe('hidden');
    expect(commentTarget('hidden', 'publish')).toBe('published');
    expect(commentTarget('published', 'publish')).toBeNull();
    expect(commentTarget('hidden', 'hide')).toBeNull();
  });

  it('units, a reviewer out of scope and a reviewer of the nominating unit are refused; the comment stays pending', async () => {
    const row = await fresh();
    for (const person of [who.memberA!, who.memberB!, who.reviewerOut!, who.reviewerOwnUnit!]) {
      expect(await moderate(person, row.id, 'pending', 'publish'), person.email).toEqual({
        ok: false,
        message: 'Không tìm thấy ý kiến này trong phạm vi bạn được kiểm duyệt.',
      });
    }
    const [after] = await database.db.select().from(exampleComments).where(eq(exampleComments.id, row.id));
    expect(after!.status).toBe('pending');
    expect(await listCommentEvents(database.db, { commentId: row.id })).toEqual([]);
  });

  it('the queue lists what each moderator may work: in scope, not their own unit’s examples', async () => {
    const row = await fresh();
    const ids = async (person: SessionUser) => (await listCommentQueue(database.db, { user: person, status: 'pending', limit: 500 })).map((c) => c.id);
    expect(await ids(who.reviewerIn!)).toContain(row.id);
    expect(await ids(who.admin!)).toContain(row.id);
    expect(await ids(who.reviewerOut!)).toEqual([]);
    expect(await ids(who.reviewerOwnUnit!)).not.toContain(row.id);
    expect(await ids(who.memberA!)).toEqual([]);
    expect((await countCommentQueue(database.db, { user: who.reviewerOut! })).pending).toBe(0);
  });

  it('a reviewer in scope publishes: the page shows it, the count moves on cards and in the API, the version moves, the unit is told', async () => {
    const row = await fresh();
    const version = await readPublicDataVersion(database.db);
    const before = (await apiItem()).body.commentCount;
    const memberA = await userIdOf(database.db, PEOPLE.memberA);
    const memberB = await userIdOf(database.db, PEOPLE.memberB);
    const told = async (userId: string) =>
      (
        await database.db
          .select()
          .from(notifications)
          .where(and(eq(notifications.recipientId, userId), eq(notifications.kind, 'comment_published')))
      ).length;
    const [toldA, toldB] = [await told(memberA), await told(memberB)];

    expect(await moderate(who.reviewerIn!, row.id, 'pending', 'publish')).toEqual({ ok: true, value: { nominationId: example.id, to: 'published' } });
    expect(await readPublicDataVersion(database.db)).toBeGreaterThan(version);
    const html = await renderPage();
    expect(html).toContain('Ý kiến bạn đọc');
    expect(html).toContain(row.authorName);
    expect(html).toContain('Mô hình rất hay, thôn tôi muốn học theo.\nXin cảm ơn xã Phú Nghĩa.');
    expect((await apiItem()).body.commentCount).toBe(before + 1);
    const listed = await listRoute.GET(new Request('http://localhost/api/v1/examples?limit=100'));
    const items = ((await listed.json()) as { items: { slug: string; commentCount: number }[] }).items;
    expect(items.find((i) => i.slug === example.slug)?.commentCount).toBe(before + 1);
    const card = (await listPublishedExamples(database.db, { filters: {}, limit: 100 })).items.find((c) => c.id === example.id)!;
    expect(card.commentCount).toBe(before + 1);
    expect(renderToStaticMarkup(createElement(ExampleCard, { card }))).toContain(`${before + 1} ý kiến bạn đọc`);
    expect(await told(memberA)).toBe(toldA + 1);
    expect(await told(memberB)).toBe(toldB);
    // The unit's list links to the public page, where the comment is read.
    const [latest] = await listNotifications(database.db, { userId: memberA, limit: 1 });
    expect(latest).toMatchObject({ kind: 'comment_published', nominationId: example.id, slug: example.slug });
    const events = await listCommentEvents(database.db, { commentId: row.id });
    expect(events).toMatchObject([{ fromStatus: 'pending', toStatus: 'published', reason: null, actorId: who.reviewerIn!.id }]);
  });

  it('hiding needs a reason; a published comment hidden later leaves the page, with who, when and why kept', async () => {
    const row = await fresh();
    expect(await moderate(who.admin!, row.id, 'pending', 'publish')).toMatchObject({ ok: true });
    expect(await renderPage()).toContain(row.authorName);
    const refused = await moderate(who.admin!, row.id, 'published', 'hide', '   ');
    expect(refused).toMatchObject({ ok: false, fieldErrors: { reason: 'Vui lòng ghi lý do ẩn ý kiến này.' } });
    const version = await readPublicDataVersion(database.db);
    expect(await moderate(who.reviewerIn!, row.id, 'published', 'hide', 'Nêu thông tin cá nhân của hộ nghèo.')).toMatchObject({ ok: true });
    expect(await readPublicDataVersion(database.db)).toBeGreaterThan(version);
    const [after] = await database.db.select().from(exampleComments).where(eq(exampleComments.id, row.id));
    expect(after).toMatchObject({ status: 'hidden', hiddenReason: 'Nêu thông tin cá nhân của hộ nghèo.', moderatedBy: who.reviewerIn!.id });
    expect(after!.moderatedAt).toBeInstanceOf(Date);
    expect(await renderPage()).not.toContain(row.authorName);
    const events = await listCommentEvents(database.db, { commentId: row.id });
    expect(events.map((e) => [e.fromStatus, e.toStatus, e.reason, e.actorId])).toEqual([
      ['pending', 'published', null, who.admin!.id],
      ['published', 'hidden', 'Nêu thông tin cá nhân của hộ nghèo.', who.reviewerIn!.id],
    ]);
  });

  it('published again after a mistaken hide, the unit is not told a second time', async () => {
    const row = await fresh();
    const memberA = await userIdOf(database.db, PEOPLE.memberA);
    const told = async () =>
      (
        await database.db
          .select()
          .from(notifications)
          .where(and(eq(notifications.recipientId, memberA), eq(notifications.kind, 'comment_published')))
      ).length;
    await moderate(who.reviewerIn!, row.id, 'pending', 'publish');
    const once = await told();
    await moderate(who.reviewerIn!, row.id, 'published', 'hide', 'Bấm nhầm.');
    expect(await moderate(who.reviewerIn!, row.id, 'hidden', 'publish')).toMatchObject({ ok: true });
    expect(await told()).toBe(once);
    const [after] = await database.db.select().from(exampleComments).where(eq(exampleComments.id, row.id));
    expect(after).toMatchObject({ status: 'published', hiddenReason: null });
  });

  it('two moderators at once: one wins, the other is told who did what; the same person’s double click is fine', async () => {
    const row = await fresh();
    const results = await Promise.all([
      moderate(who.reviewerIn!, row.id, 'pending', 'publish'),
      moderate(who.admin!, row.id, 'pending', 'hide', 'Không phù hợp.'),
    ]);
    expect(results.filter((r) => r.ok).length).toBe(1);
    const loser = results.find((r) => !r.ok);
    expect(loser && !loser.ok && loser.message).toMatch(
      /^Ý kiến này vừa được chuyển sang “(Đã đăng|Đã ẩn)” bởi (Quản trị hệ thống|.+) \(có thể ở một cửa sổ khác\)/,
    );
    expect((await listCommentEvents(database.db, { commentId: row.id })).length).toBe(1);

    const again = await fresh();
    expect(await moderate(who.reviewerIn!, again.id, 'pending', 'publish')).toMatchObject({ ok: true });
    expect(await moderate(who.reviewerIn!, again.id, 'pending', 'publish')).toMatchObject({ ok: true });
    expect((await listCommentEvents(database.db, { commentId: again.id })).length).toBe(1);
  });

  it('bad moderation input is refused and changes nothing', async () => {
    const row = await fresh();
    expect(await moderate(who.admin!, 'not-a-uuid', 'pending', 'publish')).toMatchObject({ ok: false });
    const wrongAction = await moderate(who.admin!, row.id, 'pending', 'delete');
    expect(!wrongAction.ok && wrongAction.fieldErrors?.action).toBe('Vui lòng chọn duyệt đăng hoặc ẩn ý kiến.');
    const badReason = await moderate(who.admin!, row.id, 'pending', 'hide', `Lý do\u0007`);
    expect(!badReason.ok && badReason.fieldErrors?.reason).toContain('ký tự điều khiển');
    const [after] = await database.db.select().from(exampleComments).where(eq(exampleComments.id, row.id));
    expect(after!.status).toBe('pending');
  });

  it('the history cannot be rewritten', async () => {
    await expect(queryRows(database, `UPDATE example_comment_events SET reason = 'sửa lại'`)).rejects.toThrow();
  });
});

describe('nothing private in public, and markup stays text', () => {
  it('markup and formulas are shown as typed, never as HTML', async () => {
    const content = '<b>Đậm</b> <script>alert(1)</script> =HYPERLINK("http://lua-dao.vn","Bấm")';
    const row = await fresh({ content, authorName: '=CMD()|<i>Tên</i>' });
    await moderate(who.reviewerIn!, row.id, 'pending', 'publish');
    const html = await renderPage();
    expect(html).toContain('&lt;b&gt;Đậm&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt; =HYPERLINK(');
    expect(html).toContain('=CMD()|&lt;i&gt;Tên&lt;/i&gt;');
    expect(html).not.toContain('<b>Đậm');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('href="http://lua-dao.vn');
  });

  it('no e-mail, address hash or comment text reaches the page, the API or the open-data files', async () => {
    const row = await fresh({ authorEmail: 'rieng.tu@vidu.test' });
    await moderate(who.reviewerIn!, row.id, 'pending', 'publish');
    const all = await database.db.select().from(exampleComments);
    const emails = all.map((c) => c.authorEmail).filter((e): e is string => Boolean(e));
    const hashes = all.map((c) => c.addressHash).filter((h): h is string => Boolean(h));
    expect(emails).toContain('rieng.tu@vidu.test');
    const html = await renderPage();
    expect(html).toContain(row.authorName);
    const { text: api } = await apiItem();
    const list = await (await listRoute.GET(new Request('http://localhost/api/v1/examples?limit=100'))).text();
    const read = async (stream: (b: AsyncIterable<never>) => ReadableStream<Uint8Array>) => {
      const opened = await openExampleExport(database.db, new URLSearchParams());
      if (!opened.ok) throw new Error(opened.message);
      return new Response(stream(opened.batches as AsyncIterable<never>)).text();
    };
    const json = await read((b) => exportJsonStream(b, { base: 'http://x' }));
    const csv = await read((b) => exportCsvStream(b, { base: 'http://x' }));
    for (const secret of [...emails, ...hashes]) for (const text of [html, api, list, json, csv]) expect(text).not.toContain(secret);
    // The files carry the count, not the comments.
    expect(csv.split('\r\n')[0]).toContain('comment_count');
    const item = (JSON.parse(json) as { items: { slug: string; commentCount: number }[] }).items.find((i) => i.slug === example.slug)!;
    expect(item.commentCount).toBe((await commentsOf()).filter((c) => c.status === 'published').length);
    for (const text of [api, list, json, csv]) expect(text).not.toContain(row.content);
  });

  it('the demo has published comments on several examples, work in the district queue and one hidden advertisement', async () => {
    const demoPending = DEMO_COMMENTS.filter((c) => c.status === 'pending').map((c) => c.name);
    const queue = (await listCommentQueue(database.db, { user: who.reviewerIn!, status: 'pending', limit: 500 })).map((c) => c.authorName);
    for (const name of demoPending) expect(queue).toContain(name);
    expect(new Set(DEMO_COMMENTS.filter((c) => c.status === 'published').map((c) => c.example)).size).toBeGreaterThan(3);
    const hidden = await listCommentQueue(database.db, { user: who.admin!, status: 'hidden', limit: 500 });
    expect(hidden.some((c) => c.hiddenReason)).toBe(true);
  });
});
