import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { insertNomination } from '@/db/queries/nomination-drafts';
import { applyTransition, type TransitionRequest } from '@/db/queries/nomination-transition';
import { campaigns, nominationEvents, nominations, notifications, units } from '@/db/schema';
import { seedAdminUnitsForDemo } from '@/db/seed';
import { DEMO_CAMPAIGN } from '@/db/seed/demo-units';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { addUser } from '../support/accounts';
import { anyString } from '../support/matchers';

// The one way a nomination changes state, tested on its own: what every transition (and every
// future one) can rely on, independent of who may do what.
let database: TestDatabase;
let unitId: number;
let campaignId: number;
const ids = { member: '', colleague: '', reviewer: '' };

beforeAll(async () => {
  database = await createTestDatabase();
  await seedAdminUnitsForDemo(database.db);
  // One deciding level without public notice: the applier's own rules, not a campaign's process.
  const [campaign] = await database.db
    .insert(campaigns)
    .values({ ...DEMO_CAMPAIGN, usesPublicNotice: false })
    .returning({ id: campaigns.id });
  campaignId = campaign!.id;
  const [unit] = await database.db
    .insert(units)
    .values({ name: 'Hội Nông dân xã Phú Nghĩa', kind: 'association', adminUnitTree: '2024', adminUnitCode: '25267' })
    .returning({ id: units.id });
  unitId = unit!.id;
  ids.member = await addUser(database.db, { email: 'a@t.test', name: 'Nguyễn Văn A', role: 'unit_member', unitId });
  ids.colleague = await addUser(database.db, { email: 'b@t.test', name: 'Trần Thị B', role: 'unit_member', unitId });
  ids.reviewer = await addUser(database.db, { email: 'r@t.test', name: 'Lê Văn R', role: 'reviewer', unitId: null, scope: { tree: '2024', code: '691' } });
});
afterAll(() => database.dispose());

async function nomination(over: Partial<typeof nominations.$inferInsert> = {}) {
  const row = await insertNomination(database.db, {
    campaignId,
    year: 2024,
    communeTree: '2024',
    communeCode: '25267',
    unitId,
    nomineeKind: 'household',
    field: 'production',
    title: `Hộ ông Điểu Văn K ${Math.random().toString(36).slice(2, 8)}`,
    nomineeName: 'Điểu Văn Khánh',
    status: 'submitted',
    ...over,
  });
  return row.id;
}

async function snapshot(id: string) {
  const [row] = await database.db.select().from(nominations).where(eq(nominations.id, id));
  const events = await database.db.select().from(nominationEvents).where(eq(nominationEvents.nominationId, id));
  const told = await database.db.select().from(notifications).where(eq(notifications.nominationId, id));
  return { row: row!, events, told };
}

function request(id: string, over: Partial<TransitionRequest> = {}): TransitionRequest {
  return { nominationId: id, action: 'approve', actorId: ids.reviewer, expectedVersion: 1, visible: () => true, ...over };
}

describe('the transition applier', () => {
  it('moves the row, bumps the version, stamps the time, appends one event and records who is told, together', async () => {
    const id = await nomination();
    const outcome = await applyTransition(database.db, request(id, { comment: 'Đủ điều kiện' }));
    expect(outcome).toMatchObject({ status: 'ok', version: 2, to: 'approved', replayed: false });
    const { row, events, told } = await snapshot(id);
    expect(row).toMatchObject({ status: 'approved', version: 2, updatedBy: ids.reviewer });
    expect(row.approvedAt).not.toBeNull();
    expect(row.decidedAt).not.toBeNull();
    expect(events.map((e) => [e.action, e.fromStatus, e.toStatus, e.actorId, e.comment])).toEqual([
      ['approve', 'submitted', 'approved', ids.reviewer, 'Đủ điều kiện'],
    ]);
    expect(told.map((t) => [t.recipientId, t.kind, t.eventId]).sort()).toEqual(
      [
        [ids.member, 'approved', events[0]!.id],
        [ids.colleague, 'approved', events[0]!.id],
      ].sort(),
    );
  });

  it('answers a repeated request (same person, same move, from the same version) with success and writes nothing more', async () => {
    const id = await nomination();
    await applyTransition(database.db, request(id));
    const again = await applyTransition(database.db, request(id));
    expect(again).toMatchObject({ status: 'ok', version: 2, to: 'approved', replayed: true });
    expect((await snapshot(id)).events).toHaveLength(1);
  });

  it('refuses a stale version as a conflict that names who acted last, and changes nothing', async () => {
    const id = await nomination({ status: 'draft' });
    await applyTransition(database.db, request(id, { action: 'submit', actorId: ids.colleague }));
    const late = await applyTransition(database.db, request(id, { action: 'submit', actorId: ids.member }));
    expect(late).toMatchObject({
      status: 'conflict',
      current: { status: 'submitted', version: 2, updatedByName: 'Trần Thị B' },
      lastEvent: { action: 'submit', actorName: 'Trần Thị B' },
    });
    expect((await snapshot(id)).events).toHaveLength(1);
  });

  it('treats an unexpected state as a conflict when the caller names the states it expects', async () => {
    const id = await nomination({ status: 'returned' });
    expect(await applyTransition(database.db, request(id, { expectStatus: ['submitted'] }))).toMatchObject({ status: 'conflict' });
  });

  it('refuses what the state machine forbids, with the comment field named when a reason is missing', async () => {
    const id = await nomination();
    expect(await applyTransition(database.db, request(id, { action: 'withdraw', expectedVersion: 1 }))).toMatchObject({ status: 'ok' });
    expect(await applyTransition(database.db, request(id, { action: 'approve', expectedVersion: 2 }))).toMatchObject({
      status: 'refused',
      refusal: { code: 'invalid_transition' },
    });
    const submitted = await nomination();
    expect(await applyTransition(database.db, request(submitted, { action: 'return', comment: '  ' }))).toMatchObject({
      status: 'refused',
      refusal: { code: 'comment_required', fieldErrors: { comment: anyString() } },
    });
    expect((await snapshot(submitted)).row).toMatchObject({ status: 'submitted', version: 1 });
  });

  it('says "not found" for a malformed id, a missing row or a row the person may not see', async () => {
    const id = await nomination();
    for (const outcome of [
      await applyTransition(database.db, request('not-a-uuid')),
      await applyTransition(database.db, request('00000000-0000-4000-8000-000000000000')),
      await applyTransition(database.db, request(id, { visible: () => false })),
    ]) {
      expect(outcome).toMatchObject({ status: 'refused', refusal: { code: 'not_found' } });
    }
  });

  it("passes the caller's refusal through before looking at the version, and its checks after", async () => {
    const id = await nomination();
    const refused = await applyTransition(database.db, request(id, { expectedVersion: 7, refuse: () => ({ code: 'forbidden', message: 'Không được.' }) }));
    expect(refused).toMatchObject({ status: 'refused', refusal: { code: 'forbidden', message: 'Không được.' } });
    const incomplete = await applyTransition(database.db, request(id, { prepare: async () => ({ code: 'incomplete', message: 'Còn thiếu.' }) }));
    expect(incomplete).toMatchObject({ status: 'refused', refusal: { code: 'incomplete' } });
    expect(await snapshot(id)).toMatchObject({ row: { status: 'submitted', version: 1 }, events: [], told: [] });
  });

  it('recomputes the search document when a column that feeds it changes (anonymised: the name leaves it)', async () => {
    const id = await nomination();
    expect((await snapshot(id)).row.searchDocument).toContain('dieu van khanh');
    await applyTransition(database.db, request(id, { prepare: async () => ({ changes: { publishMode: 'anonymised' } }) }));
    const { row } = await snapshot(id);
    expect(row.publishMode).toBe('anonymised');
    expect(row.searchDocument).not.toContain('khanh');
    expect(row.searchDocument).toContain('phu nghia');
  });

  it('two people moving the same row at once: exactly one wins, one event, the other learns of a conflict', async () => {
    const id = await nomination();
    const results = await Promise.all([
      applyTransition(database.db, request(id, { action: 'approve', actorId: ids.reviewer })),
      applyTransition(database.db, request(id, { action: 'return', actorId: ids.member, comment: 'Bổ sung ảnh minh họa' })),
    ]);
    expect(results.filter((r) => r.status === 'ok')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'conflict')).toHaveLength(1);
    expect((await snapshot(id)).events).toHaveLength(1);
  });
});
