import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { setDatabase } from '@/db';
import { GET as getExample } from '@/app/api/v1/examples/[slug]/route';
import { exportJsonStream, openExampleExport } from '@/lib/examples/export';
import { listConfirmedFollowUps, listFollowUps, listOverdueFollowUps } from '@/db/queries/follow-ups';
import { insertNomination } from '@/db/queries/nomination-drafts';
import { campaigns, exampleFollowUps, nominationEvents, nominations, notifications } from '@/db/schema';
import type { SessionUser } from '@/lib/domain/actor';
import { FOLLOW_UP_OVERDUE_MONTHS } from '@/lib/domain/follow-ups';
import { confirmFollowUp, fileFollowUp } from '@/lib/follow-ups/steps';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { PEOPLE, sessionUserOf } from '../support/accounts';
import { stringMatching } from '../support/matchers';

let database: TestDatabase;
const people = {} as Record<keyof typeof PEOPLE, SessionUser>;
// A fixed "today" in Vietnam: 2 p.m. on 20 November 2026.
const NOW = new Date('2026-11-20T07:00:00Z');

/** An approved example of Phú Nghĩa's commune office (memberA), in thamdinh@'s district. */
async function approved(over: Partial<typeof nominations.$inferInsert> = {}) {
  const [campaign] = await database.db.select({ id: campaigns.id }).from(campaigns).limit(1);
  const row = await insertNomination(database.db, {
    campaignId: campaign!.id,
    year: 2024,
    communeTree: '2024',
    communeCode: '25267',
    unitId: people.memberA.unitId!,
    nomineeKind: 'model',
    field: 'production',
    title: `Mô hình thử nghiệm ${Math.random().toString(36).slice(2, 8)}`,
    nomineeName: 'Tổ hợp tác',
    summary: 'Tóm tắt',
    story: 'Câu chuyện',
    status: 'approved',
    reviewLevel: 1,
    householdsEscaped: 10,
    approvedAt: new Date('2025-01-10T03:00:00Z'),
    ...over,
  });
  return { id: row.id, slug: row.slug };
}

async function versionOf(id: string) {
  const [row] = await database.db.select({ version: nominations.version }).from(nominations).where(eq(nominations.id, id));
  return row!.version;
}

const figures = (over: Record<string, unknown> = {}) => ({
  year: '2025',
  modelStatus: 'active',
  householdsStillOut: '8',
  householdsFellBack: '1',
  newHouseholds: '3',
  note: 'Tổ vẫn họp hằng tháng.',
  ...over,
});

async function file(id: string, raw: Record<string, unknown>, who: SessionUser = people.memberA) {
  return fileFollowUp(database.db, who, { id, expectedVersion: await versionOf(id), raw }, NOW);
}

async function countFollowUps(id: string) {
  return (await database.db.select().from(exampleFollowUps).where(eq(exampleFollowUps.nominationId, id))).length;
}

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  setDatabase(database);
  for (const [key, email] of Object.entries(PEOPLE)) people[key as keyof typeof PEOPLE] = await sessionUserOf(database.db, email);
});
afterAll(async () => {
  setDatabase(undefined);
  await database.dispose();
});

describe('filing a follow-up', () => {
  it('writes the follow-up, a history step and the reviewers’ notification in one step, leaving the example approved', async () => {
    const n = await approved();
    const before = await versionOf(n.id);
    expect(await file(n.id, figures({ replicaIds: [] }))).toEqual({ ok: true, version: before + 1 });
    const [row] = await database.db.select().from(nominations).where(eq(nominations.id, n.id));
    expect(row!.status).toBe('approved');
    const [followUp] = await database.db.select().from(exampleFollowUps).where(eq(exampleFollowUps.nominationId, n.id));
    expect(followUp).toMatchObject({ year: 2025, modelStatus: 'active', householdsStillOut: 8, householdsFellBack: 1, newHouseholds: 3, state: 'filed' });
    const events = await database.db.select().from(nominationEvents).where(eq(nominationEvents.nominationId, n.id));
    const step = events.find((e) => e.action === 'file_follow_up');
    expect(step).toMatchObject({ fromStatus: 'approved', toStatus: 'approved' });
    expect(followUp!.filedEventId).toBe(step!.id);
    const told = await database.db.select().from(notifications).where(eq(notifications.eventId, step!.id));
    expect(told.length).toBeGreaterThan(0);
    expect(told.every((t) => t.kind === 'follow_up_filed')).toBe(true);
  });

  it.each([
    [
      { householdsStillOut: '12', householdsFellBack: '0' },
      'householdsStillOut',
      /vẫn giữ được thoát nghèo \(12\) nhiều hơn số hộ đã thoát nghèo được ghi nhận \(10\)/,
    ],
    [{ householdsStillOut: '8', householdsFellBack: '4' }, 'householdsFellBack', /\(8\) cộng số hộ tái nghèo \(4\) là 12, nhiều hơn .* \(10\)/],
    [{ householdsFellBack: '-2' }, 'householdsFellBack', /không được là số âm \(đã nhập -2\)/],
    [{ newHouseholds: 'nhiều' }, 'newHouseholds', /phải là một số nguyên/],
    [{ year: '2027' }, 'year', /Năm theo dõi 2027 chưa đến \(năm nay là 2026\)/],
    [{ year: '2023' }, 'year', /trước năm của điển hình \(2024\)/],
    [{ modelStatus: 'sleeping' }, 'modelStatus', /tình trạng của mô hình/],
    [{ note: 'ghi chú\u0007' }, 'note', /ký tự điều khiển/],
    [{ replicaIds: ['Not a slug!'] }, 'replicaIds', /không hợp lệ/],
  ])('refuses contradictory or bad figures %o, naming them, and changes nothing', async (over, field, message) => {
    const n = await approved();
    const before = await versionOf(n.id);
    const result = await file(n.id, figures(over));
    expect(result).toMatchObject({ ok: false });
    if (result.ok) return;
    expect(result.fieldErrors?.[field]).toMatch(message);
    expect(result.message.normalize('NFC')).toBe(result.message);
    expect(await versionOf(n.id)).toBe(before);
    expect(await countFollowUps(n.id)).toBe(0);
  });

  it('says so when the example never counted its households out of poverty', async () => {
    const n = await approved({ householdsEscaped: null });
    const result = await file(n.id, figures());
    expect(result).toMatchObject({ ok: false, message: /chưa ghi số hộ thoát nghèo.*8 hộ vẫn thoát nghèo và 1 hộ tái nghèo/ });
    expect(await file(n.id, figures({ householdsStillOut: '0', householdsFellBack: '0' }))).toMatchObject({ ok: true });
  });

  it('takes one follow-up a year', async () => {
    const n = await approved();
    expect(await file(n.id, figures())).toMatchObject({ ok: true });
    expect(await file(n.id, figures({ householdsStillOut: '7' }))).toMatchObject({ ok: false, fieldErrors: { year: /đã có báo cáo theo dõi năm 2025/ } });
    expect(await file(n.id, figures({ year: '2026' }))).toMatchObject({ ok: true });
    expect(await countFollowUps(n.id)).toBe(2);
  });

  it('the current year counts in Vietnam time: 1 January 2027 at 1 a.m. there is still 31 December in UTC', async () => {
    const n = await approved();
    const newYear = new Date('2026-12-31T18:00:00Z');
    const result = await fileFollowUp(
      database.db,
      people.memberA,
      { id: n.id, expectedVersion: await versionOf(n.id), raw: figures({ year: '2027' }) },
      newYear,
    );
    expect(result).toMatchObject({ ok: true });
  });

  it('is refused on an example that is not approved, and to another unit, who learns nothing', async () => {
    const draft = await approved({ status: 'submitted', approvedAt: null });
    expect(await file(draft.id, figures())).toMatchObject({ ok: false, message: /đã được công nhận/ });
    const gone = await approved({ status: 'unpublished' });
    expect(await file(gone.id, figures())).toMatchObject({ ok: false, message: /đã được công nhận/ });
    const n = await approved();
    expect(await file(n.id, figures(), people.memberB)).toMatchObject({ ok: false, notFound: true });
    expect(await file(n.id, figures(), people.reviewerIn)).toMatchObject({ ok: false, notFound: true });
    expect(await countFollowUps(n.id)).toBe(0);
  });

  it('links replications to published examples only', async () => {
    const n = await approved();
    const replica = await approved();
    const hidden = await approved({ status: 'submitted', approvedAt: null });
    expect(await file(n.id, figures({ replicaIds: [hidden.id] }))).toMatchObject({
      ok: false,
      fieldErrors: { replicaIds: /điển hình khác đã được công nhận/ },
    });
    expect(await file(n.id, figures({ replicaIds: [n.id] }))).toMatchObject({ ok: false, fieldErrors: { replicaIds: /điển hình khác đã được công nhận/ } });
    // The picker posts a slug when the public API gave no id.
    expect(await file(n.id, figures({ replicaIds: [replica.id, replica.slug] }))).toMatchObject({ ok: true });
    const [item] = await listFollowUps(database.db, { nominationId: n.id });
    expect(item!.replications.map((r) => r.id)).toEqual([replica.id]);
  });
});

describe('confirming a follow-up', () => {
  async function filed() {
    const n = await approved();
    await file(n.id, figures());
    const [f] = await database.db.select().from(exampleFollowUps).where(eq(exampleFollowUps.nominationId, n.id));
    return { ...n, followUpId: f!.id };
  }
  const confirm = async (n: { id: string; followUpId: string }, who: SessionUser) =>
    confirmFollowUp(database.db, who, { id: n.id, followUpId: n.followUpId, expectedVersion: await versionOf(n.id) });

  it('a reviewer in scope confirms; the unit is told and the figures become public', async () => {
    const n = await filed();
    expect(await listConfirmedFollowUps(database.db, { nominationIds: [n.id] })).toEqual([]);
    expect(await confirm(n, people.reviewerIn)).toMatchObject({ ok: true });
    const [f] = await database.db.select().from(exampleFollowUps).where(eq(exampleFollowUps.id, n.followUpId));
    expect(f).toMatchObject({ state: 'confirmed', confirmedBy: people.reviewerIn.id });
    const events = await database.db.select().from(nominationEvents).where(eq(nominationEvents.nominationId, n.id));
    const step = events.find((e) => e.action === 'confirm_follow_up')!;
    const told = await database.db.select().from(notifications).where(eq(notifications.eventId, step.id));
    expect(told.map((t) => t.recipientId)).toContain(people.memberA.id);
    expect(await listConfirmedFollowUps(database.db, { nominationIds: [n.id] })).toEqual([
      expect.objectContaining({ year: 2025, status: 'active', householdsStillOut: 8, householdsFellBack: 1, newHouseholds: 3 }),
    ]);
    expect(await confirm(n, people.reviewerIn)).toMatchObject({ ok: false, message: /đã được xác nhận/ });
  });

  it('is refused to an out-of-scope reviewer, to the unit and to another unit, changing nothing', async () => {
    const n = await filed();
    const before = await versionOf(n.id);
    expect(await confirm(n, people.reviewerOut)).toMatchObject({ ok: false, message: /ngoài địa bàn/ });
    expect(await confirm(n, people.memberA)).toMatchObject({ ok: false, notFound: true });
    expect(await confirm(n, people.memberB)).toMatchObject({ ok: false, notFound: true });
    expect(await versionOf(n.id)).toBe(before);
    const [f] = await database.db.select().from(exampleFollowUps).where(eq(exampleFollowUps.id, n.followUpId));
    expect(f!.state).toBe('filed');
  });

  it('a stale page is told someone acted first, and nothing changes', async () => {
    const n = await filed();
    const result = await confirmFollowUp(database.db, people.reviewerIn, { id: n.id, followUpId: n.followUpId, expectedVersion: (await versionOf(n.id)) - 1 });
    expect(result).toMatchObject({ ok: false, stale: true });
  });
});

describe('the "chưa cập nhật" flag', () => {
  it('an example goes overdue 15 months after approval or after its latest confirmed follow-up, as the clock moves', async () => {
    const n = await approved({ approvedAt: new Date('2025-01-10T03:00:00Z') });
    const overdue = async (now: Date) =>
      (await listOverdueFollowUps(database.db, { now, months: FOLLOW_UP_OVERDUE_MONTHS, unitId: people.memberA.unitId! })).some((r) => r.id === n.id);
    expect(FOLLOW_UP_OVERDUE_MONTHS).toBe(15);
    expect(await overdue(new Date('2026-04-09T00:00:00Z'))).toBe(false);
    expect(await overdue(new Date('2026-04-11T00:00:00Z'))).toBe(true);
    // Reviewers see it in their scope, not outside it.
    const inScope = await listOverdueFollowUps(database.db, { now: new Date('2026-04-11T00:00:00Z'), months: 15, user: people.reviewerIn });
    expect(inScope.some((r) => r.id === n.id)).toBe(true);
    const outside = await listOverdueFollowUps(database.db, { now: new Date('2026-04-11T00:00:00Z'), months: 15, user: people.reviewerOut });
    expect(outside.some((r) => r.id === n.id)).toBe(false);
    // A filed but unconfirmed follow-up does not clear the flag; a confirmed one does, for 15 months.
    await file(n.id, figures());
    expect(await overdue(new Date('2026-04-11T00:00:00Z'))).toBe(true);
    const [f] = await database.db.select().from(exampleFollowUps).where(eq(exampleFollowUps.nominationId, n.id));
    await confirmFollowUp(database.db, people.reviewerIn, { id: n.id, followUpId: f!.id, expectedVersion: await versionOf(n.id) });
    const [confirmed] = await database.db.select().from(exampleFollowUps).where(eq(exampleFollowUps.id, f!.id));
    const at = confirmed!.confirmedAt!;
    const monthsLater = (m: number, days: number) => {
      const d = new Date(at);
      d.setUTCMonth(d.getUTCMonth() + m);
      return new Date(d.getTime() + days * 86_400_000);
    };
    expect(await overdue(monthsLater(15, -1))).toBe(false);
    expect(await overdue(monthsLater(15, 1))).toBe(true);
  });
});

describe('the public API and the open data', () => {
  it('give confirmed follow-ups only, oldest first, with exactly the documented keys', async () => {
    const n = await approved();
    await file(n.id, figures({ year: '2025', householdsFellBack: '2' }));
    await file(n.id, figures({ year: '2026', modelStatus: 'expanded', householdsStillOut: '7', householdsFellBack: '3', newHouseholds: '9' }));
    await file(n.id, figures({ year: '2024', householdsStillOut: '10', householdsFellBack: '0' }));
    const rows = await database.db.select().from(exampleFollowUps).where(eq(exampleFollowUps.nominationId, n.id));
    for (const year of [2026, 2025]) {
      const f = rows.find((r) => r.year === year)!;
      expect(await confirmFollowUp(database.db, people.reviewerIn, { id: n.id, followUpId: f.id, expectedVersion: await versionOf(n.id) })).toMatchObject({
        ok: true,
      });
    }
    const response = await getExample(new Request(`http://localhost/api/v1/examples/${n.slug}`), { params: Promise.resolve({ slug: n.slug }) });
    const body = (await response.json()) as { followUps: Record<string, unknown>[] };
    expect(body.followUps).toEqual([
      { year: 2025, status: 'active', householdsStillOut: 8, householdsFellBack: 2, newHouseholds: 3, reportedAt: stringMatching(/^\d{4}-\d\d-\d\dT/) },
      {
        year: 2026,
        status: 'expanded',
        householdsStillOut: 7,
        householdsFellBack: 3,
        newHouseholds: 9,
        reportedAt: stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    ]);
    expect(JSON.stringify(body)).not.toMatch(/Tổ vẫn họp|reportedBy|confirmedBy/);

    const opened = await openExampleExport(database.db, new URLSearchParams());
    if (!opened.ok) throw new Error(opened.message);
    const text = await new Response(exportJsonStream(opened.batches, { base: 'http://localhost' })).text();
    const item = (JSON.parse(text) as { items: { slug: string; followUps: unknown[] }[] }).items.find((i) => i.slug === n.slug)!;
    expect(item.followUps).toEqual(body.followUps);
  });
});
