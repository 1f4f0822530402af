import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { getPublishedExampleBySlug } from '@/db/queries/example-detail';
import { listLatestExamples } from '@/db/queries/examples';
import { insertNomination } from '@/db/queries/nomination-drafts';
import { listSitemapExamples } from '@/db/queries/sitemap';
import { campaignCriteria, campaigns, commendations, nominationEvents, nominations, notifications, units, users } from '@/db/schema';
import type { SessionUser } from '@/lib/domain/actor';
import { VERIFY_CODE_PATTERN } from '@/lib/domain/verify-code';
import { recordCommendation } from '@/lib/review/commendations';
import { decide, setPublished } from '@/lib/review/decisions';
import { createDiskStorage } from '@/lib/uploads/storage';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { stringMatching } from '../support/matchers';
import { PEOPLE } from '../support/accounts';

let database: TestDatabase;
const people: Record<string, SessionUser> = {};
const storage = createDiskStorage(mkdtempSync(join(tmpdir(), 'guongsang-review-')));

async function person(email: string): Promise<SessionUser> {
  const [u] = await database.db.select().from(users).leftJoin(units, eq(units.id, users.unitId)).where(eq(users.email, email));
  const scope = u!.users.scopeTree ? { tree: u!.users.scopeTree as '2024', code: u!.users.scopeCode! } : null;
  return {
    id: u!.users.id,
    name: u!.users.name,
    email,
    role: u!.users.role,
    unitId: u!.users.unitId,
    unitName: u!.units?.name ?? null,
    scope,
  };
}

/** A submitted nomination of the given unit in Phú Nghĩa (Bù Gia Mập), ready for a decision. */
async function submitted(unitName: string, over: Partial<typeof nominations.$inferInsert> = {}) {
  const [unit] = await database.db.select({ id: units.id }).from(units).where(eq(units.name, unitName));
  const [campaign] = await database.db.select({ id: campaigns.id }).from(campaigns);
  const row = await insertNomination(database.db, {
    campaignId: campaign!.id,
    year: 2025,
    communeTree: '2024',
    communeCode: '25267',
    unitId: unit!.id,
    nomineeKind: 'collective',
    field: 'production',
    title: `Tổ hợp tác thử nghiệm ${Math.random().toString(36).slice(2, 8)}`,
    nomineeName: 'Tổ hợp tác thôn 3',
    summary: 'Tóm tắt',
    story: 'Câu chuyện',
    status: 'submitted',
    // At the deciding level (huyện), where the demo's district reviewer works.
    reviewLevel: 1,
    submittedAt: new Date(),
    ...over,
  });
  return { id: row.id, slug: row.slug, version: 1 };
}

async function state(id: string) {
  const [row] = await database.db
    .select({ status: nominations.status, version: nominations.version, publishMode: nominations.publishMode })
    .from(nominations)
    .where(eq(nominations.id, id));
  const events = await database.db.select().from(nominationEvents).where(eq(nominationEvents.nominationId, id));
  const notes = await database.db.select().from(notifications).where(eq(notifications.nominationId, id));
  return { ...row!, events: events.length, notifications: notes.length };
}

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  // These decisions are those of a deciding level without public notice or criteria to score (levels,
  // scores and the notice have their own tests, tests/review/levels.test.ts).
  await database.db.update(campaigns).set({ usesPublicNotice: false });
  await database.db.delete(campaignCriteria);
  for (const [key, email] of Object.entries(PEOPLE)) people[key] = await person(email);
});
afterAll(() => database.dispose());

describe('who may decide', () => {
  it('only a reviewer in scope, never for their own unit; others learn why or nothing', async () => {
    const n = await submitted('Hội Nông dân huyện Bù Gia Mập');
    for (const who of ['memberA', 'memberB'] as const) {
      expect(await decide(database.db, people[who]!, { id: n.id, action: 'approve', expectedVersion: 1 })).toMatchObject({ ok: false, notFound: true });
    }
    expect(await decide(database.db, people.reviewerOut!, { id: n.id, action: 'approve', expectedVersion: 1 })).toMatchObject({
      ok: false,
      message: stringMatching(/ngoài địa bàn/),
    });
    expect(await decide(database.db, people.admin!, { id: n.id, action: 'approve', expectedVersion: 1 })).toMatchObject({
      ok: false,
      message: stringMatching(/Chỉ cán bộ thẩm định/),
    });
    const own = await submitted('Phòng Nội vụ huyện Bù Gia Mập');
    expect(await decide(database.db, people.reviewerIn!, { id: own.id, action: 'approve', expectedVersion: 1 })).toMatchObject({
      ok: false,
      message: stringMatching(/chính đơn vị của bạn/),
    });
    expect(await state(n.id)).toMatchObject({ status: 'submitted', version: 1, events: 0 });
    expect(await decide(database.db, people.reviewerIn!, { id: n.id, action: 'approve', expectedVersion: 1 })).toMatchObject({ ok: true, status: 'approved' });
  });

  it('a draft is nobody’s business but its unit’s', async () => {
    const draft = await submitted('Hội Nông dân huyện Bù Gia Mập', { status: 'draft', submittedAt: null });
    expect(await decide(database.db, people.reviewerIn!, { id: draft.id, action: 'approve', expectedVersion: 1 })).toMatchObject({ ok: false, notFound: true });
    expect(await decide(database.db, people.reviewerIn!, { id: 'not-a-uuid', action: 'approve', expectedVersion: 1 })).toMatchObject({
      ok: false,
      notFound: true,
    });
  });
});

describe('deciding', () => {
  it('returning and rejecting need a real reason', async () => {
    const n = await submitted('Hội Nông dân huyện Bù Gia Mập');
    for (const comment of ['', 'ok', 'sửa lại']) {
      expect(await decide(database.db, people.reviewerIn!, { id: n.id, action: 'return', expectedVersion: 1, comment })).toMatchObject({
        ok: false,
        message: stringMatching(/lý do/),
      });
    }
    expect(await state(n.id)).toMatchObject({ status: 'submitted', events: 0 });
    const done = await decide(database.db, people.reviewerIn!, {
      id: n.id,
      action: 'return',
      expectedVersion: 1,
      comment: 'Bổ sung xác nhận của UBND xã về số hộ thoát nghèo.',
    });
    expect(done).toMatchObject({ ok: true, status: 'returned' });
    const told = await database.db
      .select({ recipientId: notifications.recipientId, kind: notifications.kind })
      .from(notifications)
      .where(eq(notifications.nominationId, n.id));
    expect(told).toEqual([{ recipientId: people.memberB!.id, kind: 'returned' }]);
  });

  it('a person or household without recorded consent is approved only as anonymised', async () => {
    const n = await submitted('Hội Nông dân huyện Bù Gia Mập', { nomineeKind: 'household', consentGiven: null, publishMode: 'named' });
    expect(await decide(database.db, people.reviewerIn!, { id: n.id, action: 'approve', expectedVersion: 1 })).toMatchObject({
      ok: false,
      message: stringMatching(/ẩn danh/),
    });
    expect(await decide(database.db, people.reviewerIn!, { id: n.id, action: 'approve', expectedVersion: 1, anonymise: true })).toMatchObject({ ok: true });
    expect(await state(n.id)).toMatchObject({ status: 'approved', publishMode: 'anonymised' });
  });

  it('20 simultaneous decisions make exactly one change and one event; the others are told who won', async () => {
    const n = await submitted('Hội Nông dân huyện Bù Gia Mập');
    const actions = ['approve', 'return', 'reject'] as const;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        decide(database.db, people.reviewerIn!, { id: n.id, action: actions[i % 3]!, expectedVersion: 1, comment: 'Thiếu xác nhận của thôn về hiệu quả.' }),
      ),
    );
    const after = await state(n.id);
    expect(after.events).toBe(1);
    expect(after.version).toBe(2);
    const winners = results.filter((r) => r.ok);
    // The same reviewer replaying the winning action is answered "done" too; nobody else changed anything.
    expect(new Set(winners.map((w) => (w.ok ? w.status : null)))).toEqual(new Set([after.status]));
    const losers = results.filter((r) => !r.ok);
    expect(losers.length).toBeGreaterThan(0);
    for (const l of losers) expect(l.ok ? '' : l.message).toMatch(/đã được xử lý bởi Nguyễn Thị Thu Hà/);
  });

  it('a late decision on a dossier a colleague returned to the unit is told who returned it, not that it left their level', async () => {
    const n = await submitted('Hội Nông dân huyện Bù Gia Mập');
    const comment = 'Thiếu xác nhận của thôn về hiệu quả.';
    expect(await decide(database.db, people.reviewerIn!, { id: n.id, action: 'return', expectedVersion: 1, comment })).toMatchObject({ ok: true });
    for (const action of ['approve', 'reject'] as const) {
      expect(await decide(database.db, people.reviewerIn!, { id: n.id, action, expectedVersion: 1, comment })).toMatchObject({
        ok: false,
        stale: true,
        message: stringMatching(/đã được xử lý bởi Nguyễn Thị Thu Hà .*trả lại/),
      });
    }
    expect(await state(n.id)).toMatchObject({ status: 'returned', events: 1 });
  });

  it('a decision that fails half-way leaves status, version, events and notifications as they were', async () => {
    const n = await submitted('Hội Nông dân huyện Bù Gia Mập');
    const ghost: SessionUser = { ...people.reviewerIn!, id: 'khong-ton-tai' };
    await expect(
      decide(database.db, ghost, { id: n.id, action: 'return', expectedVersion: 1, comment: 'Bổ sung ảnh chụp mô hình đang hoạt động.' }),
    ).rejects.toThrow();
    expect(await state(n.id)).toMatchObject({ status: 'submitted', version: 1, events: 0, notifications: 0 });
  });

  it('a stale page cannot decide after someone else did', async () => {
    const n = await submitted('Hội Nông dân huyện Bù Gia Mập');
    await decide(database.db, people.reviewerIn!, { id: n.id, action: 'approve', expectedVersion: 1 });
    const late = await decide(database.db, people.reviewerIn!, {
      id: n.id,
      action: 'reject',
      expectedVersion: 1,
      comment: 'Không đủ tiêu chí của phong trào.',
    });
    expect(late).toMatchObject({ ok: false, stale: true });
    expect(await state(n.id)).toMatchObject({ status: 'approved', events: 1 });
  });
});

describe('after approval', () => {
  it('unpublishing (admin, with a reason) removes the example from the page, lists, API source and sitemap at once', async () => {
    const n = await submitted('Hội Nông dân huyện Bù Gia Mập');
    await decide(database.db, people.reviewerIn!, { id: n.id, action: 'approve', expectedVersion: 1 });
    expect(await getPublishedExampleBySlug(database.db, { slug: n.slug })).not.toBeNull();
    expect((await listSitemapExamples(database.db, { file: 1, pageSize: 1000 })).map((s) => s.slug)).toContain(n.slug);
    expect(
      await setPublished(database.db, people.reviewerIn!, {
        id: n.id,
        action: 'unpublish',
        expectedVersion: 2,
        reason: 'Người được giới thiệu rút lại đồng ý.',
      }),
    ).toMatchObject({ ok: false });
    expect(await setPublished(database.db, people.admin!, { id: n.id, action: 'unpublish', expectedVersion: 2, reason: 'rút' })).toMatchObject({ ok: false });
    expect(
      await setPublished(database.db, people.admin!, {
        id: n.id,
        action: 'unpublish',
        expectedVersion: 2,
        reason: 'Người được giới thiệu rút lại đồng ý công bố.',
      }),
    ).toMatchObject({ ok: true, status: 'unpublished' });
    expect(await getPublishedExampleBySlug(database.db, { slug: n.slug })).toBeNull();
    expect((await listSitemapExamples(database.db, { file: 1, pageSize: 1000 })).map((s) => s.slug)).not.toContain(n.slug);
    expect((await listLatestExamples(database.db, { limit: 100 })).map((e) => e.slug)).not.toContain(n.slug);
    const [event] = await database.db
      .select()
      .from(nominationEvents)
      .where(and(eq(nominationEvents.nominationId, n.id), eq(nominationEvents.action, 'unpublish')));
    expect(event?.comment).toBe('Người được giới thiệu rút lại đồng ý công bố.');
    expect(
      await setPublished(database.db, people.admin!, { id: n.id, action: 'republish', expectedVersion: 3, reason: 'Đã có văn bản đồng ý công bố mới.' }),
    ).toMatchObject({ ok: true, status: 'approved' });
    expect(await getPublishedExampleBySlug(database.db, { slug: n.slug })).not.toBeNull();
  });

  it('a commendation is recorded by a reviewer in scope or an admin, on approved examples only, and shown publicly', async () => {
    const n = await submitted('Hội Nông dân huyện Bù Gia Mập');
    const raw = { form: 'Giấy khen', issuer: 'UBND huyện Bù Gia Mập', decisionNumber: '1234/QĐ-UBND', decisionDate: '2025-09-02' };
    expect(await recordCommendation(database.db, storage, people.reviewerIn!, { id: n.id, raw, scan: null })).toMatchObject({ ok: false });
    await decide(database.db, people.reviewerIn!, { id: n.id, action: 'approve', expectedVersion: 1 });
    expect(await recordCommendation(database.db, storage, people.memberB!, { id: n.id, raw, scan: null })).toMatchObject({ ok: false });
    expect(await recordCommendation(database.db, storage, people.reviewerOut!, { id: n.id, raw, scan: null })).toMatchObject({ ok: false });
    const bad = await recordCommendation(database.db, storage, people.reviewerIn!, {
      id: n.id,
      raw: { ...raw, decisionDate: '2999-01-01' },
      scan: { bytes: Buffer.from('not a pdf'), name: 'qd.pdf' },
    });
    expect(bad.ok).toBe(false);
    expect(await recordCommendation(database.db, storage, people.reviewerIn!, { id: n.id, raw, scan: null })).toMatchObject({ ok: true });
    expect(await database.db.select().from(commendations).where(eq(commendations.nominationId, n.id))).toHaveLength(1);
    const shown = await getPublishedExampleBySlug(database.db, { slug: n.slug });
    expect(shown?.commendations).toEqual([
      {
        form: 'Giấy khen',
        issuer: 'UBND huyện Bù Gia Mập',
        decisionNumber: '1234/QĐ-UBND',
        decisionDate: '2025-09-02',
        verifyCode: stringMatching(VERIFY_CODE_PATTERN),
      },
    ]);
    const told = await database.db
      .select({ kind: notifications.kind })
      .from(notifications)
      .where(and(eq(notifications.nominationId, n.id), eq(notifications.kind, 'commended')));
    expect(told.length).toBe(1);
  });
});
