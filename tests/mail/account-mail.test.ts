import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditEvents, mailOutbox, users } from '@/db/schema';
import { changeOwnMailPreference, MAIL_PREFERENCE_MESSAGES } from '@/lib/accounts/mail-preference';
import { emailSetupLink } from '@/lib/accounts/setup-link-mail';
import { findSetupLink } from '@/lib/accounts/setup-links';
import { AUTH_MESSAGES } from '@/lib/auth/messages';
import type { SessionUser } from '@/lib/domain/actor';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { PEOPLE, sessionUserOf } from '../support/accounts';

let database: TestDatabase;
let admin: SessionUser;
let member: SessionUser;
let reviewer: SessionUser;
const request = { ipAddress: '203.0.113.9', userAgent: 'vitest' };

beforeAll(async () => {
  process.env.SITE_URL = 'https://guongsang.example.vn';
  database = await createTestDatabase({ seeded: true });
  admin = await sessionUserOf(database.db, PEOPLE.admin);
  member = await sessionUserOf(database.db, PEOPLE.memberA);
  reviewer = await sessionUserOf(database.db, PEOPLE.reviewerIn);
});
afterAll(() => database.dispose());

async function preferenceOf(id: string) {
  const [row] = await database.db.select({ p: users.mailPreference }).from(users).where(eq(users.id, id));
  return row!.p;
}

describe('a person chooses how they get mail', () => {
  it('sets their own preference, and only their own', async () => {
    expect(await changeOwnMailPreference(database.db, member, { preference: 'daily' })).toEqual({ ok: true, value: 'daily' });
    expect(await preferenceOf(member.id)).toBe('daily');
    expect(await preferenceOf(reviewer.id)).toBe('at_once');
    // Extra fields naming someone else are ignored: the account is always the actor's.
    await changeOwnMailPreference(database.db, member, { preference: 'off', userId: reviewer.id });
    expect(await preferenceOf(member.id)).toBe('off');
    expect(await preferenceOf(reviewer.id)).toBe('at_once');
  });

  it('refuses anything but ngay, tóm tắt hằng ngày or tắt, changing nothing', async () => {
    for (const bad of ['weekly', '', null, 'AT_ONCE']) {
      const result = await changeOwnMailPreference(database.db, reviewer, { preference: bad });
      expect(result).toEqual({ ok: false, message: MAIL_PREFERENCE_MESSAGES.invalid, fieldErrors: { preference: MAIL_PREFERENCE_MESSAGES.invalid } });
    }
    expect(await preferenceOf(reviewer.id)).toBe('at_once');
  });

  it('the database refuses an unknown preference too', async () => {
    await expect(
      database.db
        .update(users)
        .set({ mailPreference: 'weekly' as never })
        .where(eq(users.id, reviewer.id)),
    ).rejects.toThrow();
  });
});

describe('an admin mails a set-up link', () => {
  it('is refused to anyone but an admin, with nothing queued', async () => {
    expect(await emailSetupLink(database.db, { actor: reviewer, request }, { userId: member.id })).toEqual({ ok: false, message: AUTH_MESSAGES.forbidden });
    expect(await database.db.select().from(mailOutbox)).toEqual([]);
  });

  it('queues one mail whose body alone carries a working link; the audit log does not', async () => {
    const result = await emailSetupLink(database.db, { actor: admin, request }, { userId: member.id });
    expect(result).toEqual({ ok: true, value: { email: PEOPLE.memberA } });
    const [mail, ...more] = await database.db.select().from(mailOutbox);
    expect(more).toEqual([]);
    expect(mail).toMatchObject({ kind: 'setup_link', toAddress: PEOPLE.memberA, recipientId: member.id, sensitive: true, status: 'pending' });
    expect(mail!.subject).toBe('[Gương sáng] Đường dẫn đặt mật khẩu');
    const token = mail!.textBody.match(/https:\/\/guongsang\.example\.vn\/setup\/([A-Za-z0-9_-]+)/)?.[1];
    expect(token).toBeTruthy();
    expect(await findSetupLink(database.db, token!)).toMatchObject({ userId: member.id, purpose: 'reset' });
    const audits = await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'setup_link_issued'));
    expect(audits).toHaveLength(1);
    expect(JSON.stringify(audits)).not.toContain(token);
    expect(audits[0]!.detail).toMatchObject({ via: 'email', purpose: 'reset' });

    // A second mail replaces the link: the first one stops working.
    await emailSetupLink(database.db, { actor: admin, request }, { userId: member.id });
    expect(await findSetupLink(database.db, token!)).toBeNull();
  });
});
