import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { mailOutbox, nominations, notifications, units, users } from '@/db/schema';
import { buildDigests, countOutboxBacklog, setMailPreference } from '@/db/queries/mail-outbox';
import { recordNotifications } from '@/db/queries/notification-recipients';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { PEOPLE, userIdOf } from '../support/accounts';

let database: TestDatabase;
let nominationId: string;
let title: string;
let reviewer: string;
let member: string;

beforeAll(async () => {
  process.env.SITE_URL = 'https://guongsang.example.vn';
  database = await createTestDatabase({ seeded: true });
  const [row] = await database.db
    .select({ id: nominations.id, title: nominations.title })
    .from(nominations)
    .innerJoin(units, eq(units.id, nominations.unitId))
    .where(and(eq(units.name, 'Hội Nông dân huyện Bù Gia Mập'), eq(nominations.title, 'Câu lạc bộ nông dân sản xuất điều hữu cơ thôn Bình Lợi')));
  nominationId = row!.id;
  title = row!.title;
  await database.db.update(nominations).set({ reviewLevel: 1 }).where(eq(nominations.id, nominationId));
  reviewer = await userIdOf(database.db, PEOPLE.reviewerIn);
  member = await userIdOf(database.db, PEOPLE.memberB);
});
afterAll(() => database.dispose());
beforeEach(async () => {
  await database.db.delete(mailOutbox);
  await database.db.delete(notifications);
  await database.db.update(users).set({ mailPreference: 'at_once' });
});

function submit() {
  return database.db.transaction((tx) => recordNotifications(tx, { nominationId, eventId: null, kind: 'submitted', actorId: member }));
}

describe('a notification becomes an outbox mail in its own transaction', () => {
  it('queues a Vietnamese mail with a plain-text part and a SITE_URL link for a recipient who wants mail at once', async () => {
    expect(await submit()).toEqual([reviewer]);
    const mails = await database.db.select().from(mailOutbox);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail).toMatchObject({ kind: 'notification', recipientId: reviewer, toAddress: PEOPLE.reviewerIn, status: 'pending', attempts: 0 });
    expect(mail!.subject).toBe('[Gương sáng] Hồ sơ mới gửi thẩm định');
    expect(mail!.textBody).toContain(`“${title}”`);
    expect(mail!.textBody).toContain(`https://guongsang.example.vn/review/${nominationId}`);
    expect(mail!.textBody).toBe(mail!.textBody.normalize('NFC'));
    expect(mail!.htmlBody).toContain(`<a href="https://guongsang.example.vn/review/${nominationId}">`);
    expect(mail!.messageId).toMatch(/^<[0-9a-f-]{36}@guongsang\.example\.vn>$/);
    const [n] = await database.db.select().from(notifications);
    expect(n!.emailedAt).toBeInstanceOf(Date);
  });

  it('counts what is waiting or being sent as the backlog /metrics reports, not what was sent or given up', async () => {
    expect(await countOutboxBacklog(database.db)).toBe(0);
    await submit();
    await submit();
    expect(await countOutboxBacklog(database.db)).toBe(2);
    const [first, second] = await database.db.select({ id: mailOutbox.id }).from(mailOutbox).orderBy(mailOutbox.id);
    await database.db.update(mailOutbox).set({ status: 'sent' }).where(eq(mailOutbox.id, first!.id));
    expect(await countOutboxBacklog(database.db)).toBe(1);
    await database.db.update(mailOutbox).set({ status: 'failed' }).where(eq(mailOutbox.id, second!.id));
    expect(await countOutboxBacklog(database.db)).toBe(0);
  });

  it('queues nothing for a recipient who chose a daily digest or no mail', async () => {
    for (const preference of ['daily', 'off'] as const) {
      await setMailPreference(database.db, { userId: reviewer, preference });
      await submit();
      expect(await database.db.select().from(mailOutbox)).toEqual([]);
    }
    const rows = await database.db.select().from(notifications);
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.emailedAt === null)).toBe(true);
  });

  it('rolls back with the event: no notification, no mail', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await recordNotifications(tx, { nominationId, eventId: null, kind: 'submitted', actorId: member });
        throw new Error('the event failed');
      }),
    ).rejects.toThrow('the event failed');
    expect(await database.db.select().from(mailOutbox)).toEqual([]);
    expect(await database.db.select().from(notifications)).toEqual([]);
  });
});

describe('the daily digest', () => {
  it('gathers the unmailed notifications into one mail per user per day, and builds it only once', async () => {
    await setMailPreference(database.db, { userId: reviewer, preference: 'daily' });
    await submit();
    await submit();
    expect(await buildDigests(database.db, { day: '2026-12-04' })).toBe(1);
    const [digest, ...rest] = await database.db.select().from(mailOutbox);
    expect(rest).toEqual([]);
    expect(digest).toMatchObject({ kind: 'digest', recipientId: reviewer, dedupeKey: `digest:${reviewer}:2026-12-04` });
    expect(digest!.subject).toBe('[Gương sáng] Tóm tắt thông báo ngày 04/12/2026 (2)');
    expect(digest!.textBody).toContain('Bạn có 2 thông báo mới kể từ thư tóm tắt trước');
    expect(digest!.textBody.match(/Hồ sơ mới gửi thẩm định/g)).toHaveLength(2);
    expect((await database.db.select().from(notifications)).every((n) => n.emailedAt !== null)).toBe(true);

    // The same day again, even with a new notification: nothing more (the new one waits for tomorrow).
    await submit();
    expect(await buildDigests(database.db, { day: '2026-12-04' })).toBe(0);
    expect(await database.db.select().from(mailOutbox)).toHaveLength(1);
    expect(await buildDigests(database.db, { day: '2026-12-05' })).toBe(1);
    const next = await database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.dedupeKey, `digest:${reviewer}:2026-12-05`));
    expect(next[0]!.subject).toContain('(1)');
    // Nothing new since: no empty digest.
    expect(await buildDigests(database.db, { day: '2026-12-06' })).toBe(0);
  });

  it('sends no digest to someone who turned mail off, nor older news than a week', async () => {
    await setMailPreference(database.db, { userId: reviewer, preference: 'off' });
    await submit();
    expect(await buildDigests(database.db, { day: '2026-12-04' })).toBe(0);
    await setMailPreference(database.db, { userId: reviewer, preference: 'daily' });
    await database.db.update(notifications).set({ createdAt: new Date(Date.now() - 8 * 86_400_000) });
    expect(await buildDigests(database.db, { day: '2026-12-04' })).toBe(0);
    expect(await database.db.select().from(mailOutbox)).toEqual([]);
  });

  it('two builders at once add one digest', async () => {
    await setMailPreference(database.db, { userId: reviewer, preference: 'daily' });
    await submit();
    const built = await Promise.all([buildDigests(database.db, { day: '2026-12-07' }), buildDigests(database.db, { day: '2026-12-07' })]);
    expect(built[0] + built[1]).toBe(1);
    expect(await database.db.select().from(mailOutbox)).toHaveLength(1);
  });
});
