import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { listPublishedExamples } from '@/db/queries/examples';
import { insertNomination } from '@/db/queries/nomination-drafts';
import { campaigns, nominationEvents, nominations, nominationScores, noticeObjections, notifications, units, users } from '@/db/schema';
import type { SessionUser } from '@/lib/domain/actor';
import { DEFAULT_CRITERIA } from '@/lib/domain/review-levels';
import { judgeObjection, submitObjection } from '@/lib/notices/objections';
import { assignDossier } from '@/lib/review/assignment';
import { decide } from '@/lib/review/decisions';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { PEOPLE, userIdOf } from '../support/accounts';
import { stringMatching } from '../support/matchers';

// The real process of the 2021–2025 demo campaign: xã → huyện, criteria, public notice of 10 working days.
let database: TestDatabase;
const people: Record<string, SessionUser> = {};
const SCORES = DEFAULT_CRITERIA.map((c, i) => ({ criterionKey: c.key, score: 4 + (i % 2), note: '' }));
// Thursday 5 March 2026, 09:00 in Vietnam: the notice opens then and ends 10 working days later.
const OPENED = new Date('2026-03-05T02:00:00Z');
const NOTICE_END = new Date('2026-03-19T16:59:59.999Z'); // end of Thursday 19/3 in Vietnam
const AFTER = new Date('2026-03-20T02:00:00Z');

async function person(email: string): Promise<SessionUser> {
  const [u] = await database.db.select().from(users).leftJoin(units, eq(units.id, users.unitId)).where(eq(users.email, email));
  const scope = u!.users.scopeTree && u!.users.scopeCode ? { tree: u!.users.scopeTree, code: u!.users.scopeCode } : null;
  return {
    id: u!.users.id,
    name: u!.users.name,
    email,
    role: u!.users.role,
    unitId: u!.users.unitId,
    unitName: u!.units?.name ?? null,
    scope,
    reviewLead: u!.users.reviewLead,
  };
}

/** A fresh dossier of the Hội Nông dân in old Bình Thắng (now in Đa Kia), just submitted: at the commune level. */
async function submitted() {
  const [unit] = await database.db.select({ id: units.id }).from(units).where(eq(units.name, 'Hội Nông dân huyện Bù Gia Mập'));
  const [campaign] = await database.db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.startYear, 2021));
  const row = await insertNomination(database.db, {
    campaignId: campaign!.id,
    year: 2025,
    communeTree: '2024',
    communeCode: '25234',
    unitId: unit!.id,
    nomineeKind: 'collective',
    field: 'production',
    title: `Tổ hợp tác nuôi bò sinh sản ${Math.random().toString(36).slice(2, 8)}`,
    nomineeName: 'Tổ hợp tác thôn Bình Lợi',
    summary: 'Tóm tắt',
    story: 'Câu chuyện',
    status: 'submitted',
    reviewLevel: 0,
    submittedAt: new Date(),
  });
  return { id: row.id, slug: row.slug };
}

async function state(id: string) {
  const [row] = await database.db.select().from(nominations).where(eq(nominations.id, id));
  const events = await database.db.select().from(nominationEvents).where(eq(nominationEvents.nominationId, id)).orderBy(nominationEvents.id);
  return { row: row!, events };
}

const forward = (id: string, version: number, over: object = {}) =>
  decide(database.db, people.commune!, {
    id,
    action: 'forward',
    expectedVersion: version,
    comment: 'Đã xác minh tại thôn, đề nghị cấp huyện công nhận.',
    scores: SCORES,
    ...over,
  });

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  for (const [key, email] of Object.entries(PEOPLE)) people[key] = await person(email);
  people.commune = await person('thamdinh.xa@guongsang.test');
  people.province = await person('thamdinh.tinh@guongsang.test');
});
afterAll(() => database.dispose());

describe('a non-deciding level', () => {
  it('forwards upward with a recommendation and the scores of every criterion; the district and the unit are told', async () => {
    const n = await submitted();
    expect(await forward(n.id, 1)).toMatchObject({ ok: true, status: 'submitted' });
    const { row, events } = await state(n.id);
    expect(row).toMatchObject({ status: 'submitted', reviewLevel: 1, version: 2 });
    expect(events.map((e) => [e.action, e.reviewLevel, e.detail])).toEqual([['forward', 0, { toLevel: 1 }]]);
    const scores = await database.db.select().from(nominationScores).where(eq(nominationScores.nominationId, n.id));
    expect(scores.map((s) => [s.reviewLevel, s.criterionKey, s.score, s.reviewerId]).sort()).toEqual(
      SCORES.map((s) => [0, s.criterionKey, s.score, people.commune!.id]).sort(),
    );
    const told = await database.db
      .select({ to: notifications.recipientId, kind: notifications.kind })
      .from(notifications)
      .where(eq(notifications.nominationId, n.id));
    expect(told.map((t) => t.to).sort()).toEqual([people.reviewerIn!.id, people.memberB!.id].sort());
    expect(new Set(told.map((t) => t.kind))).toEqual(new Set(['forwarded']));
  });

  it('refuses to forward without scores, with a score out of range, or without a recommendation, changing nothing', async () => {
    const n = await submitted();
    const noScores = await forward(n.id, 1, { scores: [] });
    expect(noScores).toMatchObject({ ok: false, fieldErrors: { 'score.true': stringMatching(/Tính chân thực/) } });
    const outOfRange = await forward(n.id, 1, { scores: SCORES.map((s) => ({ ...s, score: 6 })) });
    expect(outOfRange).toMatchObject({ ok: false, fieldErrors: { 'score.effective': stringMatching(/từ 1 đến 5/) } });
    expect(await forward(n.id, 1, { comment: 'ok' })).toMatchObject({ ok: false, fieldErrors: { comment: stringMatching(/đề nghị/) } });
    const { row, events } = await state(n.id);
    expect(row).toMatchObject({ reviewLevel: 0, version: 1 });
    expect(events).toEqual([]);
    expect(await database.db.select().from(nominationScores).where(eq(nominationScores.nominationId, n.id))).toEqual([]);
  });

  it('cannot approve or open a notice, and the district cannot act while the dossier is at the commune', async () => {
    const n = await submitted();
    expect(await decide(database.db, people.commune!, { id: n.id, action: 'approve', expectedVersion: 1, scores: SCORES })).toMatchObject({ ok: false });
    expect(await decide(database.db, people.reviewerIn!, { id: n.id, action: 'open_notice', expectedVersion: 1, scores: SCORES })).toMatchObject({
      ok: false,
      message: stringMatching(/đang ở cấp xã; bạn thẩm định ở cấp huyện/),
    });
    expect(
      await decide(database.db, people.province!, { id: n.id, action: 'reject', expectedVersion: 1, comment: 'Không đủ điều kiện công nhận.' }),
    ).toMatchObject({
      ok: false,
    });
    expect((await state(n.id)).row).toMatchObject({ status: 'submitted', reviewLevel: 0, version: 1 });
  });

  it('returns to the unit with what to fix; the dossier leaves the levels', async () => {
    const n = await submitted();
    expect(
      await decide(database.db, people.commune!, { id: n.id, action: 'return', expectedVersion: 1, comment: 'Bổ sung xác nhận của trưởng thôn.' }),
    ).toMatchObject({
      ok: true,
      status: 'returned',
    });
    expect((await state(n.id)).row).toMatchObject({ status: 'returned', reviewLevel: null });
  });

  it('two commune reviewers forwarding at once: exactly one wins', async () => {
    const n = await submitted();
    const results = await Promise.all([forward(n.id, 1), forward(n.id, 1, { comment: 'Đồng ý đề nghị cấp huyện xem xét công nhận tập thể này.' })]);
    // The same person twice: the second finds its own move already made (a replay), or a conflict.
    expect(results.filter((r) => r.ok)).not.toHaveLength(0);
    expect((await state(n.id)).events.filter((e) => e.action === 'forward')).toHaveLength(1);
  });
});

describe('the deciding level and the public notice', () => {
  async function forwarded() {
    const n = await submitted();
    await forward(n.id, 1);
    return n;
  }

  it('puts the dossier in notice for 10 working days, then approves only after the end and once every opinion is judged', async () => {
    const n = await forwarded();
    const opened = await decide(database.db, people.reviewerIn!, { id: n.id, action: 'open_notice', expectedVersion: 2, scores: SCORES }, OPENED);
    expect(opened).toMatchObject({ ok: true, status: 'in_notice' });
    expect((await state(n.id)).row).toMatchObject({ status: 'in_notice', noticeStartsAt: OPENED, noticeEndsAt: NOTICE_END });

    const salt = 'test-salt';
    const raw = { authorName: 'Thị Hoa', contact: '0987 654 321', content: 'Số hộ thoát nghèo cần xem lại: <b>một hộ</b> đã chuyển đi nơi khác.' };
    expect(await submitObjection(database.db, { nominationId: n.id, raw, honeypot: '', address: '203.0.113.5', salt, now: OPENED })).toEqual({ ok: true });

    const early = await decide(database.db, people.reviewerIn!, { id: n.id, action: 'approve', expectedVersion: 3 }, new Date('2026-03-19T10:00:00Z'));
    expect(early).toMatchObject({ ok: false, message: stringMatching(/Chưa hết thời hạn công khai .* 19\/03\/2026/) });
    const unjudged = await decide(database.db, people.reviewerIn!, { id: n.id, action: 'approve', expectedVersion: 3 }, AFTER);
    expect(unjudged).toMatchObject({ ok: false, message: stringMatching(/Còn 1 ý kiến/) });

    const late = await submitObjection(database.db, { nominationId: n.id, raw, honeypot: '', address: '203.0.113.6', salt, now: AFTER });
    expect(late).toMatchObject({ ok: false, message: stringMatching(/hết thời hạn/) });

    const [objection] = await database.db.select().from(noticeObjections).where(eq(noticeObjections.nominationId, n.id));
    expect(objection!.content).toBe(raw.content);
    const judged = { status: 'unfounded', note: 'Đã xác minh: hộ chuyển đi sau khi thoát nghèo, số liệu đúng.' };
    expect(await judgeObjection(database.db, people.commune!, { objectionId: objection!.id, raw: judged })).toMatchObject({ ok: false });
    expect(await judgeObjection(database.db, people.reviewerIn!, { objectionId: objection!.id, raw: { status: 'founded', note: '' } })).toMatchObject({
      ok: false,
      fieldErrors: { note: stringMatching(/ghi chú/) },
    });
    expect(await judgeObjection(database.db, people.reviewerIn!, { objectionId: objection!.id, raw: judged })).toEqual({ ok: true });

    expect(await decide(database.db, people.reviewerIn!, { id: n.id, action: 'approve', expectedVersion: 3 }, AFTER)).toMatchObject({
      ok: true,
      status: 'approved',
    });
    const { row, events } = await state(n.id);
    expect(row).toMatchObject({ status: 'approved', reviewLevel: 1 });
    expect(events.at(-1)).toMatchObject({
      action: 'approve',
      reviewLevel: 1,
      detail: { notice: { from: OPENED.toISOString(), to: NOTICE_END.toISOString(), opinions: 1, founded: 0 } },
    });
    const found = await listPublishedExamples(database.db, { filters: { q: row.title }, limit: 5 });
    expect(found.items.map((e) => e.slug)).toContain(n.slug);
  });

  it('approves directly only when the campaign has no notice', async () => {
    const n = await forwarded();
    expect(await decide(database.db, people.reviewerIn!, { id: n.id, action: 'approve', expectedVersion: 2, scores: SCORES })).toMatchObject({ ok: false });
    const [campaign] = await database.db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.startYear, 2021));
    await database.db.update(campaigns).set({ usesPublicNotice: false }).where(eq(campaigns.id, campaign!.id));
    try {
      expect(await decide(database.db, people.reviewerIn!, { id: n.id, action: 'approve', expectedVersion: 2, scores: [] })).toMatchObject({ ok: false });
      expect(await decide(database.db, people.reviewerIn!, { id: n.id, action: 'approve', expectedVersion: 2, scores: SCORES })).toMatchObject({
        ok: true,
        status: 'approved',
      });
    } finally {
      await database.db.update(campaigns).set({ usesPublicNotice: true }).where(eq(campaigns.id, campaign!.id));
    }
  });

  it('returns a dossier in notice down one level; the notice ends and the commune reviews it again', async () => {
    const n = await forwarded();
    await decide(database.db, people.reviewerIn!, { id: n.id, action: 'open_notice', expectedVersion: 2, scores: SCORES }, OPENED);
    const down = await decide(database.db, people.reviewerIn!, {
      id: n.id,
      action: 'return_down',
      expectedVersion: 3,
      comment: 'Có ý kiến phản ánh có cơ sở, đề nghị xã xác minh lại.',
    });
    expect(down).toMatchObject({ ok: true, status: 'submitted' });
    expect((await state(n.id)).row).toMatchObject({ status: 'submitted', reviewLevel: 0, noticeStartsAt: null, noticeEndsAt: null });
    expect(await forward(n.id, 4)).toMatchObject({ ok: true });
  });

  it('refuses opinions that are spam (beyond 5 an hour from one address) or filled in by a bot, keeping nothing', async () => {
    const n = await forwarded();
    await decide(database.db, people.reviewerIn!, { id: n.id, action: 'open_notice', expectedVersion: 2, scores: SCORES }, OPENED);
    const raw = { authorName: 'Người dân', contact: 'nguoidan@example.vn', content: 'Ý kiến thử.' };
    const send = (address: string, honeypot = '') => submitObjection(database.db, { nominationId: n.id, raw, honeypot, address, salt: 's', now: OPENED });
    for (let i = 0; i < 5; i++) expect(await send('198.51.100.7')).toEqual({ ok: true });
    expect(await send('198.51.100.7')).toMatchObject({ ok: false, limited: true, message: stringMatching(/nhiều ý kiến/) });
    expect(await send('198.51.100.8', 'http://spam.example')).toEqual({ ok: true });
    expect(await database.db.select().from(noticeObjections).where(eq(noticeObjections.nominationId, n.id))).toHaveLength(5);
  });
});

describe('assignment', () => {
  it('the lead of a level assigns a dossier of that level to one of its reviewers; others may not', async () => {
    const n = await submitted();
    await forward(n.id, 1);
    const district2 = await userIdOf(database.db, 'thamdinh@guongsang.test');
    expect(await assignDossier(database.db, people.commune!, { id: n.id, assigneeId: people.commune!.id })).toMatchObject({ ok: false });
    expect(await assignDossier(database.db, people.reviewerIn!, { id: n.id, assigneeId: people.province!.id })).toMatchObject({
      ok: false,
      fieldErrors: { assignee: stringMatching(/cấp đang xét/) },
    });
    expect(await assignDossier(database.db, people.reviewerIn!, { id: n.id, assigneeId: district2 })).toEqual({ ok: true, changed: true });
    const { row, events } = await state(n.id);
    expect(row).toMatchObject({ assignedTo: district2, version: 2 });
    expect(events.at(-1)).toMatchObject({ action: 'assign', reviewLevel: 1, fromStatus: 'submitted', toStatus: 'submitted' });
    expect(await assignDossier(database.db, people.admin!, { id: n.id, assigneeId: '' })).toEqual({ ok: true, changed: true });
    const [after] = await database.db
      .select({ assignedTo: nominations.assignedTo })
      .from(nominations)
      .where(and(eq(nominations.id, n.id)));
    expect(after!.assignedTo).toBeNull();
  });
});
