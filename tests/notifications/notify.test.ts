import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { nominationEvents, nominations, notifications, units, users } from '@/db/schema';
import { countUnread, listNotifications, markAllRead, markRead } from '@/db/queries/notifications';
import { recordNotifications as notifyForEvent } from '@/db/queries/notification-recipients';
import { getReviewSetup, replaceReviewSetup } from '@/db/queries/review-setup';
import type { NotificationKind } from '@/lib/domain/notification-kinds';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { addUser, PEOPLE, userIdOf } from '../support/accounts';

let database: TestDatabase;
let nominationId: string;
let unitId: number;
let campaignId: number;
const id: Record<string, string> = {};

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  const [row] = await database.db
    .select({ id: nominations.id, unitId: nominations.unitId, campaignId: nominations.campaignId })
    .from(nominations)
    .innerJoin(units, eq(units.id, nominations.unitId))
    .where(and(eq(units.name, 'Hội Nông dân huyện Bù Gia Mập'), eq(nominations.title, 'Câu lạc bộ nông dân sản xuất điều hữu cơ thôn Bình Lợi')));
  nominationId = row!.id;
  unitId = row!.unitId;
  campaignId = row!.campaignId;
  // At the deciding level (huyện): a submission there is the district reviewers' work.
  await database.db.update(nominations).set({ reviewLevel: 1 }).where(eq(nominations.id, nominationId));
  for (const [key, email] of Object.entries(PEOPLE)) id[key] = await userIdOf(database.db, email);
});
afterAll(() => database.dispose());
beforeEach(async () => {
  await database.db.delete(notifications);
});

function notify(kind: NotificationKind, actorId: string, eventId: number | null = null) {
  return database.db.transaction((tx) => notifyForEvent(tx, { nominationId, eventId, kind, actorId }));
}

async function rowsFor(recipientId: string) {
  return database.db.select().from(notifications).where(eq(notifications.recipientId, recipientId));
}

describe('who is told about a submission', () => {
  it('tells exactly the active reviewers whose scope holds the nomination', async () => {
    const recipients = await notify('submitted', id.memberB!);
    expect(recipients).toEqual([id.reviewerIn]);
    expect(recipients).not.toContain(id.reviewerOut);
    expect(recipients).not.toContain(id.admin);
    const stored = await database.db.select().from(notifications);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ recipientId: id.reviewerIn, nominationId, kind: 'submitted', readAt: null });
    // The reviewer wants mail at once (the default): the notification is queued as a mail (tests/mail).
    expect(stored[0]!.emailedAt).toBeInstanceOf(Date);
  });

  it('follows every form of the scope rule at the level the dossier is at, and skips inactive reviewers and the actor', async () => {
    const [n] = await database.db.select().from(nominations).where(eq(nominations.id, nominationId));
    const province = await addUser(database.db, {
      email: 'tinh.cu@guongsang.test',
      name: 'Tỉnh cũ',
      role: 'reviewer',
      unitId: null,
      scope: { tree: '2024', code: n!.provinceCodeOld! },
    });
    const newProvince = await addUser(database.db, {
      email: 'tinh.moi@guongsang.test',
      name: 'Tỉnh mới',
      role: 'reviewer',
      unitId: null,
      scope: { tree: '2025', code: n!.provinceCodeNew! },
    });
    const otherProvince = await addUser(database.db, {
      email: 'tinh.khac@guongsang.test',
      name: 'Tỉnh khác',
      role: 'reviewer',
      unitId: null,
      scope: { tree: '2024', code: '01' },
    });
    // The same code under the other tree means another place: it must not match.
    expect(n!.provinceCodeNew).not.toBe(n!.provinceCodeOld);
    const wrongTree = await addUser(database.db, {
      email: 'sai.cay@guongsang.test',
      name: 'Sai cây',
      role: 'reviewer',
      unitId: null,
      scope: { tree: '2025', code: n!.districtCode! },
    });
    const oldTreeNewCode = await addUser(database.db, {
      email: 'sai.cay.2@guongsang.test',
      name: 'Sai cây 2',
      role: 'reviewer',
      unitId: null,
      scope: { tree: '2024', code: n!.provinceCodeNew! },
    });
    const inactive = await addUser(database.db, {
      email: 'nghi.viec@guongsang.test',
      name: 'Đã nghỉ',
      role: 'reviewer',
      unitId: null,
      scope: { tree: '2024', code: n!.districtCode! },
    });
    await database.db.update(users).set({ active: false }).where(eq(users.id, inactive));
    const setup = await getReviewSetup(database.db, { campaignId });
    // Three levels, so that each kind of scope (commune, district, province) has one.
    await replaceReviewSetup(database.db, {
      campaignId,
      setup: {
        ...setup!,
        levels: [
          { position: 0, name: 'Cấp xã', areaKind: 'commune', decides: false },
          { position: 1, name: 'Cấp huyện', areaKind: 'district', decides: false },
          { position: 2, name: 'Cấp tỉnh', areaKind: 'province', decides: true },
        ],
      },
    });
    const atLevel = async (level: number) => {
      await database.db.update(nominations).set({ reviewLevel: level }).where(eq(nominations.id, nominationId));
      return notify('submitted', province);
    };
    try {
      const atProvince = await atLevel(2);
      // The new province's reviewers: the one added here and the demo's (Đồng Nai, 75).
      expect([...atProvince].sort()).toEqual([newProvince, await userIdOf(database.db, 'thamdinh.tinh@guongsang.test')].sort());
      for (const not of [id.reviewerIn, otherProvince, wrongTree, oldTreeNewCode, inactive]) expect(atProvince).not.toContain(not);
      // The actor (the old province's reviewer) is never told of their own step; another step tells them.
      const toldByNewProvince = await database.db.transaction((tx) =>
        notifyForEvent(tx, { nominationId, eventId: null, kind: 'submitted', actorId: newProvince }),
      );
      expect(toldByNewProvince).not.toContain(newProvince);
      const atDistrict = await atLevel(1);
      expect(atDistrict).toEqual([id.reviewerIn]);
      const atCommune = await atLevel(0);
      expect(atCommune).toEqual([await userIdOf(database.db, 'thamdinh.xa@guongsang.test')]);
    } finally {
      // Later tests expect the demo's reviewers and setup only.
      await replaceReviewSetup(database.db, { campaignId, setup: setup! });
      await database.db.update(nominations).set({ reviewLevel: 1 }).where(eq(nominations.id, nominationId));
      await database.db.delete(users).where(inArray(users.id, [province, newProvince, otherProvince, wrongTree, oldTreeNewCode, inactive]));
    }
  });
});

describe('who is told about a decision', () => {
  it('tells the unit’s active members, not the reviewer who decided nor anyone else', async () => {
    const recipients = await notify('returned', id.reviewerIn!);
    expect(recipients).toEqual([id.memberB]);
    expect(await rowsFor(id.memberA!)).toHaveLength(0);
    expect(await rowsFor(id.reviewerIn!)).toHaveLength(0);
    expect(await rowsFor(id.admin!)).toHaveLength(0);
  });

  it('leaves out a deactivated member and a member who is the actor', async () => {
    const colleague = await addUser(database.db, { email: 'hoinongdan.2@guongsang.test', name: 'Đồng nghiệp', role: 'unit_member', unitId });
    const former = await addUser(database.db, { email: 'hoinongdan.cu@guongsang.test', name: 'Đã nghỉ', role: 'unit_member', unitId });
    await database.db.update(users).set({ active: false }).where(eq(users.id, former));

    expect([...(await notify('approved', id.admin!))].sort()).toEqual([id.memberB!, colleague].sort());
    expect(await notify('commended', colleague)).toEqual([id.memberB]);
    expect(await rowsFor(former)).toHaveLength(0);
  });

  it('writes nothing when the decision’s transaction fails', async () => {
    let recipients: string[] = [];
    await expect(
      database.db.transaction(async (tx) => {
        recipients = await notifyForEvent(tx, { nominationId, eventId: null, kind: 'rejected', actorId: id.reviewerIn! });
        throw new Error('decision failed');
      }),
    ).rejects.toThrow('decision failed');
    expect(recipients).toContain(id.memberB);
    expect(await database.db.select().from(notifications)).toHaveLength(0);
  });
});

describe('reading notifications', () => {
  it('counts, lists and marks only the user’s own rows', async () => {
    const [event] = await database.db
      .insert(nominationEvents)
      .values({
        nominationId,
        actorId: id.reviewerIn,
        action: 'return',
        fromStatus: 'submitted',
        toStatus: 'returned',
        comment: 'Cần bổ sung ảnh chụp vườn điều.',
      })
      .returning({ id: nominationEvents.id });
    await notify('submitted', id.memberB!);
    await notify('returned', id.reviewerIn!, event!.id);
    await notify('approved', id.reviewerIn!);

    expect(await countUnread(database.db, id.memberB!)).toBe(2);
    expect(await countUnread(database.db, id.reviewerIn!)).toBe(1);
    expect(await countUnread(database.db, id.memberA!)).toBe(0);

    const mine = await listNotifications(database.db, { userId: id.memberB! });
    expect(mine.map((n) => n.kind)).toEqual(['approved', 'returned']);
    expect(mine[1]).toMatchObject({
      nominationId,
      title: 'Câu lạc bộ nông dân sản xuất điều hữu cơ thôn Bình Lợi',
      comment: 'Cần bổ sung ảnh chụp vườn điều.',
      readAt: null,
    });
    expect(mine[0]!.comment).toBeNull();
    expect(await listNotifications(database.db, { userId: id.memberA! })).toEqual([]);

    const older = await listNotifications(database.db, { userId: id.memberB!, limit: 1, beforeId: mine[0]!.id });
    expect(older.map((n) => n.id)).toEqual([mine[1]!.id]);

    const [reviewerRow] = await listNotifications(database.db, { userId: id.reviewerIn! });
    expect(await markRead(database.db, { userId: id.memberB!, ids: [reviewerRow!.id] })).toBe(0);
    expect(await countUnread(database.db, id.reviewerIn!)).toBe(1);

    expect(await markRead(database.db, { userId: id.memberB!, ids: [mine[1]!.id] })).toBe(1);
    expect(await countUnread(database.db, id.memberB!)).toBe(1);

    expect(await markAllRead(database.db, id.memberB!)).toBe(1);
    expect(await countUnread(database.db, id.memberB!)).toBe(0);
    expect(await countUnread(database.db, id.reviewerIn!)).toBe(1);
    const [stillUnread] = await rowsFor(id.reviewerIn!);
    expect(stillUnread!.readAt).toBeNull();
  });
});
