import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { getPublishedExampleBySlug } from '@/db/queries/example-detail';
import { findSlugRedirect, getPendingUpdate, getPublishedVersion, listPublishedVersions } from '@/db/queries/example-versions';
import { readPublicDataVersion } from '@/db/queries/public-data';
import { insertNomination } from '@/db/queries/nomination-drafts';
import { exampleUpdates, nominations, notifications } from '@/db/schema';
import type { SessionUser } from '@/lib/domain/actor';
import { toApiItem } from '@/lib/examples/api-shape';
import { decideUpdate, proposeUpdate, withdrawUpdate } from '@/lib/examples/updates';
import { UPDATE_MESSAGES } from '@/lib/examples/update-schema';
import { setPublished } from '@/lib/review/decisions';
import { addUser, PEOPLE, sessionUserOf } from '../support/accounts';
import { anyString, stringMatching } from '../support/matchers';
import { createTestDatabase, queryRows, type TestDatabase } from '../support/database';
import { updatableExample, updateProposal } from '../support/update-proposal';

let database: TestDatabase;
const people: Record<string, SessionUser> = {};

/** An approved demo example of the 2021–2025 campaign (decided by thamdinh@'s district), made Phú Nghĩa's unit's. */
function approvedExample() {
  return updatableExample(database.db, { districtCode: people.reviewerIn!.scope!.code, unitId: people.memberA!.unitId! });
}

async function live(id: string) {
  const [row] = await database.db.select().from(nominations).where(eq(nominations.id, id));
  return row!;
}

async function propose(row: typeof nominations.$inferSelect, over: Record<string, string>, actor = people.memberA!) {
  return proposeUpdate(database.db, actor, { id: row.id, expectedVersion: row.version, raw: updateProposal(row, over) });
}

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  for (const [key, email] of Object.entries(PEOPLE)) people[key] = await sessionUserOf(database.db, email);
  people.communeReviewer = await sessionUserOf(database.db, 'thamdinh.xa@guongsang.test');
});

afterAll(async () => {
  await database?.dispose();
});

describe('updates as versions', () => {
  it('seeds living demo examples: several versions and a pending update', async () => {
    const counts = await queryRows<{ nomination_id: string; n: number }>(
      database,
      'SELECT nomination_id, max(n)::int AS n FROM example_versions GROUP BY nomination_id ORDER BY n DESC',
    );
    expect(counts.map((c) => c.n)).toEqual([3, 2]);
    const pending = await queryRows<{ title: string }>(
      database,
      "SELECT n.title FROM example_updates u JOIN nominations n ON n.id = u.nomination_id WHERE u.status = 'pending' AND u.proposed_by IS NOT NULL",
    );
    expect(pending.map((p) => p.title)).toEqual(['Mô hình “Ngân hàng bò” giúp hộ nghèo xã Phú Nghĩa']);
  });

  it('keeps the live version until approval, then publishes version 2 with its history, permalinks and old slug', async () => {
    const row = await approvedExample();
    expect(await listPublishedVersions(database.db, { nominationId: row.id, approvedAt: row.approvedAt! })).toEqual([
      { n: 1, publishedAt: row.approvedAt, changed: [], photosAdded: 0 },
    ]);
    const newTitle = `${row.title} (cập nhật 2026)`;
    const proposed = await propose(row, { title: newTitle, householdsEscaped: String((row.householdsEscaped ?? 0) + 7) });
    expect(proposed).toMatchObject({ ok: true });

    // Nothing public moved: same title, same figures, same slug; the proposal is pending.
    const afterProposal = await live(row.id);
    expect(afterProposal).toMatchObject({ title: row.title, slug: row.slug, householdsEscaped: row.householdsEscaped, status: 'approved' });
    expect((await getPublishedExampleBySlug(database.db, { slug: row.slug }))!.title).toBe(row.title);
    const pending = await getPendingUpdate(database.db, { nominationId: row.id });
    expect(pending).toMatchObject({ changed: ['title', 'householdsEscaped'], baseVersion: 1 });
    // The deciding level hears about it.
    const told = await database.db
      .select({ userId: notifications.recipientId })
      .from(notifications)
      .where(and(eq(notifications.nominationId, row.id), eq(notifications.kind, 'update_proposed')));
    expect(told.map((t) => t.userId)).toContain(people.reviewerIn!.id);

    const before = await readPublicDataVersion(database.db);
    const decided = await decideUpdate(database.db, people.reviewerIn!, {
      id: row.id,
      expectedVersion: afterProposal.version,
      updateId: pending!.id,
      approve: true,
    });
    expect(decided).toMatchObject({ ok: true, publishedVersion: 2 });
    expect(await readPublicDataVersion(database.db)).toBeGreaterThan(before);

    const now = await live(row.id);
    expect(now.title).toBe(newTitle);
    expect(now.householdsEscaped).toBe((row.householdsEscaped ?? 0) + 7);
    expect(now.slug).not.toBe(row.slug);
    expect(now.searchDocument).toContain('cap nhat 2026');
    expect(await findSlugRedirect(database.db, { slug: row.slug })).toBe(now.slug);
    expect(await getPublishedExampleBySlug(database.db, { slug: row.slug })).toBeNull();
    const item = toApiItem((await getPublishedExampleBySlug(database.db, { slug: now.slug }))!, 'https://x');
    expect(item).toMatchObject({ version: 2, title: newTitle, approvedAt: row.approvedAt!.toISOString() });
    expect(new Date(item.updatedAt).getTime()).toBeGreaterThan(row.approvedAt!.getTime());

    const history = await listPublishedVersions(database.db, { nominationId: row.id, approvedAt: now.approvedAt! });
    expect(history.map((v) => [v.n, v.changed])).toEqual([
      [1, []],
      [2, ['title', 'householdsEscaped']],
    ]);
    expect(history[0]!.publishedAt).toEqual(row.approvedAt);
    const v1 = await getPublishedVersion(database.db, { slug: now.slug, n: 1 });
    expect(v1!.fields).toMatchObject({ title: row.title, householdsEscaped: row.householdsEscaped });
    expect((await getPublishedVersion(database.db, { slug: now.slug, n: 2 }))!.fields.title).toBe(newTitle);
    expect(await getPublishedVersion(database.db, { slug: now.slug, n: 3 })).toBeNull();
    expect(await getPendingUpdate(database.db, { nominationId: row.id })).toBeNull();

    // Unpublishing hides every version and the old slug; republishing brings them back.
    const off = await setPublished(database.db, people.admin!, {
      id: row.id,
      action: 'unpublish',
      expectedVersion: now.version,
      reason: 'Gỡ để kiểm tra lại thông tin',
    });
    expect(off).toMatchObject({ ok: true });
    expect(await getPublishedVersion(database.db, { slug: now.slug, n: 1 })).toBeNull();
    expect(await getPublishedVersion(database.db, { slug: now.slug, n: 2 })).toBeNull();
    expect(await findSlugRedirect(database.db, { slug: row.slug })).toBeNull();
    const on = await setPublished(database.db, people.admin!, {
      id: row.id,
      action: 'republish',
      expectedVersion: now.version + 1,
      reason: 'Đã kiểm tra xong thông tin',
    });
    expect(on).toMatchObject({ ok: true });
    expect(await findSlugRedirect(database.db, { slug: row.slug })).toBe(now.slug);

    // A new example with the old title does not take the old slug: its links keep leading here.
    const { id: _id, slug: _slug, version: _version, ...rest } = row;
    const twin = await insertNomination(database.db, { ...rest, status: 'draft', approvedAt: null });
    expect(twin.slug).not.toBe(row.slug);
    expect(await findSlugRedirect(database.db, { slug: row.slug })).toBe(now.slug);
  });

  it('refuses a second proposal while one is pending, an unchanged one and bad input, changing nothing', async () => {
    const row = await approvedExample();
    expect(await propose(row, { summary: `${row.summary} Đã mở rộng thêm.` })).toMatchObject({ ok: true });
    const again = await live(row.id);
    const second = await propose(again, { summary: 'Một tóm tắt khác hoàn toàn' });
    expect(second).toEqual({ ok: false, message: UPDATE_MESSAGES.pendingExists });
    const pending = await getPendingUpdate(database.db, { nominationId: row.id });

    // Withdrawn: the next proposal may come, and an unchanged proposal is refused.
    expect(await withdrawUpdate(database.db, people.memberA!, { id: row.id, expectedVersion: again.version, updateId: pending!.id })).toMatchObject({
      ok: true,
    });
    const fresh = await live(row.id);
    expect(await propose(fresh, {})).toEqual({ ok: false, message: UPDATE_MESSAGES.noChange });
    const bad = await propose(fresh, { story: 'ngắn', title: 'Tên\u0007lạ', ethnicMinorityHouseholds: '999999', beneficiaryHouseholds: '1' });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { story: stringMatching(/ít nhất 200/), title: stringMatching(/ký tự/) } });
    expect((await live(row.id)).version).toBe(fresh.version);
    const statuses = await database.db.select({ status: exampleUpdates.status }).from(exampleUpdates).where(eq(exampleUpdates.nominationId, row.id));
    expect(statuses.map((s) => s.status)).toEqual(['withdrawn']);
  });

  it('lets only the deciding level in scope (or an admin) decide, and only the unit propose', async () => {
    const row = await approvedExample();
    expect(await propose(row, { summary: 'Tóm tắt của đơn vị khác' }, people.memberB)).toMatchObject({ ok: false });
    expect(await propose(row, { summary: 'Tóm tắt do cán bộ thẩm định' }, people.reviewerIn)).toMatchObject({ ok: false, notFound: true });
    expect(await propose(row, { summary: `${row.summary} Đã có thêm 5 hộ học tập.` })).toMatchObject({ ok: true });
    const current = await live(row.id);
    const pending = (await getPendingUpdate(database.db, { nominationId: row.id }))!;
    const input = { id: row.id, expectedVersion: current.version, updateId: pending.id, approve: true };

    expect(await decideUpdate(database.db, people.reviewerOut!, input)).toMatchObject({ ok: false, message: stringMatching(/ngoài địa bàn/) });
    expect(await decideUpdate(database.db, people.memberA!, input)).toMatchObject({ ok: false, notFound: true });
    // A commune reviewer whose scope holds the example sits at the lower level.
    const [unitRow] = await database.db
      .select({ code: nominations.communeCode, tree: nominations.communeTree })
      .from(nominations)
      .where(eq(nominations.id, row.id));
    await addUser(database.db, {
      email: 'xa.test@guongsang.test',
      name: 'Cán bộ xã thử',
      role: 'reviewer',
      unitId: null,
      scope: { tree: unitRow!.tree, code: unitRow!.code },
    });
    const communeReviewer = await sessionUserOf(database.db, 'xa.test@guongsang.test');
    expect(await decideUpdate(database.db, communeReviewer, input)).toEqual({ ok: false, message: UPDATE_MESSAGES.notDecidingLevel });
    // A reason is required to reject.
    expect(await decideUpdate(database.db, people.reviewerIn!, { ...input, approve: false, reason: 'không' })).toMatchObject({
      ok: false,
      fieldErrors: { reason: anyString() },
    });
    expect((await live(row.id)).version).toBe(current.version);

    const rejected = await decideUpdate(database.db, people.admin!, { ...input, approve: false, reason: 'Số liệu chưa có xác nhận của xã' });
    expect(rejected).toMatchObject({ ok: true });
    const [closed] = await database.db.select().from(exampleUpdates).where(eq(exampleUpdates.id, pending.id));
    expect(closed).toMatchObject({ status: 'rejected', reason: 'Số liệu chưa có xác nhận của xã' });
    expect((await live(row.id)).summary).toBe(row.summary);
  });

  it('lets exactly one of two reviewers approve the same update', async () => {
    const row = await approvedExample();
    expect(await propose(row, { summary: `${row.summary} Năm 2026 thêm 3 hộ thoát nghèo.` })).toMatchObject({ ok: true });
    const current = await live(row.id);
    const pending = (await getPendingUpdate(database.db, { nominationId: row.id }))!;
    const input = { id: row.id, expectedVersion: current.version, updateId: pending.id, approve: true };
    // Concurrently on PostgreSQL (the row lock orders them), one after the other on PGlite.
    const results = await Promise.all([decideUpdate(database.db, people.reviewerIn!, input), decideUpdate(database.db, people.admin!, input)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ stale: true, message: stringMatching(/Đã được xử lý|đã được xử lý/) });
    const history = await listPublishedVersions(database.db, { nominationId: row.id, approvedAt: current.approvedAt! });
    expect(history.map((v) => v.n)).toEqual([1, 2]);
  });

  it('serialises an update approval and an unpublication: whichever comes second is refused', async () => {
    for (const first of ['approve', 'unpublish'] as const) {
      const row = await approvedExample();
      expect(await propose(row, { summary: `${row.summary} Cập nhật trước khi gỡ.` })).toMatchObject({ ok: true });
      const current = await live(row.id);
      const pending = (await getPendingUpdate(database.db, { nominationId: row.id }))!;
      const approve = () =>
        decideUpdate(database.db, people.reviewerIn!, { id: row.id, expectedVersion: current.version, updateId: pending.id, approve: true });
      const unpublish = () =>
        setPublished(database.db, people.admin!, { id: row.id, action: 'unpublish', expectedVersion: current.version, reason: 'Gỡ theo yêu cầu của xã' });
      const [a, b] = first === 'approve' ? [await approve(), await unpublish()] : [await unpublish(), await approve()];
      expect(a).toMatchObject({ ok: true });
      // Unpublished first: the approval finds the example no longer published. Approved first: the
      // admin's unpublication was made on the version before the approval, so it is stale.
      expect(b).toMatchObject(first === 'approve' ? { ok: false, stale: true } : { ok: false, message: UPDATE_MESSAGES.notPublished });
      const after = await live(row.id);
      if (first === 'approve') {
        expect(after).toMatchObject({ status: 'approved', summary: `${row.summary} Cập nhật trước khi gỡ.` });
      } else {
        // Unpublished with the proposal still pending; nothing of it is public.
        expect(after).toMatchObject({ status: 'unpublished', summary: row.summary });
        expect(await getPendingUpdate(database.db, { nominationId: row.id })).toMatchObject({ id: pending.id });
        expect(await getPublishedVersion(database.db, { slug: row.slug, n: 1 })).toBeNull();
      }
    }
  });
});
