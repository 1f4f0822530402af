import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, sessions, setupTokens, units, users } from '@/db/schema';
import { changeOwnPassword } from '@/lib/accounts/password';
import { completeSetup, findSetupLink } from '@/lib/accounts/setup-links';
import { createUnit } from '@/lib/accounts/units';
import { createUser, resetUserPassword, setUserActive } from '@/lib/accounts/users';
import { createAuth, type Auth } from '@/lib/auth/auth';
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from '@/lib/auth/cookie-policy';
import { attemptLogin } from '@/lib/auth/login';
import { requestInfo } from '@/lib/auth/request-info';
import { resolveSession } from '@/lib/auth/session';
import type { SessionUser } from '@/lib/domain/actor';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { PASSWORD, PEOPLE, cookieHeader, requestHeaders } from '../support/accounts';

let database: TestDatabase;
let auth: Auth;
const request = { ipAddress: '203.0.113.9', userAgent: 'vitest' };

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  auth = createAuth(database.db);
});
afterAll(() => database.dispose());

async function signIn(email: string, password = PASSWORD) {
  const headers = requestHeaders();
  const result = await attemptLogin(database.db, auth, { email, password, headers, request: requestInfo(headers), sleep: async () => {} });
  if (result.status !== 'ok') throw new Error(`login failed for ${email}: ${result.status}`);
  const cookie = cookieHeader(result.setCookie);
  const resolved = await resolveSession(database.db, auth, requestHeaders({ cookie }));
  return { cookie, user: resolved!.user, sessionId: resolved!.sessionId };
}

async function stillSignedIn(cookie: string) {
  return (await resolveSession(database.db, auth, requestHeaders({ cookie }))) !== null;
}

function tokenOf(url: string) {
  return url.split('/setup/')[1]!;
}

async function unitId(name: string) {
  const [row] = await database.db.select({ id: units.id }).from(units).where(eq(units.name, name));
  return row!.id;
}

describe('admin creates a user, who sets a password through the one-time link', () => {
  let admin: SessionUser;
  let link: string;

  beforeAll(async () => {
    admin = (await signIn(PEOPLE.admin)).user;
  });

  it('refuses to let anyone but an admin create users or units, and changes nothing', async () => {
    const member = (await signIn(PEOPLE.memberA)).user;
    const before = await database.db.select().from(users);
    const attempt = await createUser(database.db, { actor: member, request }, { name: 'X', email: 'x@guongsang.test', role: 'admin' });
    expect(attempt).toEqual({ ok: false, message: 'Bạn không có quyền thực hiện thao tác này.' });
    const unit = await createUnit(database.db, { actor: member, request }, { name: 'X', kind: 'other', adminUnitTree: '2024', adminUnitCode: '691' });
    expect(unit.ok).toBe(false);
    expect(await database.db.select().from(users)).toHaveLength(before.length);
  });

  it('validates the membership: a reviewer needs a unit and a real district or province scope', async () => {
    const result = await createUser(
      database.db,
      { actor: admin, request },
      { name: 'Ngô Thị Lan', email: 'lan@guongsang.test', role: 'reviewer', unitId: '', scopeTree: '2024', scopeCode: '999' },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.fieldErrors?.unitId).toBeTruthy();
      expect(result.fieldErrors?.scopeCode).toBeTruthy();
    }
    const duplicate = await createUser(database.db, { actor: admin, request }, { name: 'Trùng', email: PEOPLE.memberA.toUpperCase(), role: 'admin' });
    expect(!duplicate.ok && duplicate.fieldErrors?.email).toMatch(/đã được dùng/);
  });

  it('creates a unit member with a 72-hour link and audits it', async () => {
    const unit = await unitId('UBND xã Phú Nghĩa');
    const result = await createUser(
      database.db,
      { actor: admin, request },
      { name: 'Đỗ Văn Hùng', email: 'dovanhung@guongsang.test', role: 'unit_member', unitId: String(unit) },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    link = result.value.url;
    expect(link).toMatch(/\/setup\/[A-Za-z0-9_-]{40,}$/);
    const hours = (result.value.expiresAt.getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThanOrEqual(72);
    const stored = await database.db.select({ hash: setupTokens.tokenHash }).from(setupTokens);
    expect(stored.map((s) => s.hash)).not.toContain(tokenOf(link));
    const audit = await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'user_created'));
    expect(audit.at(-1)).toMatchObject({
      actorUserId: admin.id,
      targetType: 'user',
      targetId: result.value.userId,
      ipAddress: '203.0.113.9',
      userAgent: 'vitest',
    });
  });

  it('cannot sign in before the password is set', async () => {
    const headers = requestHeaders({ 'x-forwarded-for': '203.0.113.100' });
    const result = await attemptLogin(database.db, auth, {
      email: 'dovanhung@guongsang.test',
      password: 'anything-long-enough',
      headers,
      request: requestInfo(headers),
      sleep: async () => {},
    });
    expect(result.status).toBe('invalid');
  });

  it('refuses a weak password without spending the link', async () => {
    const tooShort = await completeSetup(database.db, { token: tokenOf(link), password: 'ngắn quá', request });
    expect(!tooShort.ok && tooShort.message).toBe('Mật khẩu phải có ít nhất 12 ký tự.');
    const common = await completeSetup(database.db, { token: tokenOf(link), password: 'matkhau123456', request });
    expect(!common.ok && common.message).toMatch(/quá phổ biến/);
    const withName = await completeSetup(database.db, { token: tokenOf(link), password: 'dovanhung-2025-xa', request });
    expect(!withName.ok && withName.message).toMatch(/tên trong địa chỉ email/);
    expect(await findSetupLink(database.db, tokenOf(link))).not.toBeNull();
  });

  it('sets the password once; the link then stops working; the user signs in', async () => {
    const done = await completeSetup(database.db, { token: tokenOf(link), password: 'Ruong bac thang 2025', request });
    expect(done.ok).toBe(true);
    const again = await completeSetup(database.db, { token: tokenOf(link), password: 'Mot mat khau khac 2026', request });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.message).toMatch(/đã được dùng hoặc đã hết hạn/);
    const { user } = await signIn('dovanhung@guongsang.test', 'Ruong bac thang 2025');
    expect(user.role).toBe('unit_member');
    const audit = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'password_set'), eq(auditEvents.actorUserId, user.id)));
    expect(audit).toHaveLength(1);
  });

  it('refuses an expired link', async () => {
    const unit = await unitId('Hội Nông dân huyện Bù Gia Mập');
    const result = await createUser(
      database.db,
      { actor: admin, request },
      { name: 'Vũ Thị Mai', email: 'vuthimai@guongsang.test', role: 'unit_member', unitId: String(unit) },
    );
    if (!result.ok) throw new Error(result.message);
    await database.db
      .update(setupTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(setupTokens.userId, result.value.userId));
    const attempt = await completeSetup(database.db, { token: tokenOf(result.value.url), password: 'Ruong bac thang 2025', request });
    expect(attempt.ok).toBe(false);
  });
});

describe('sessions end when they should', () => {
  it('deactivation signs the user out at once and keeps them out until reactivated', async () => {
    const admin = (await signIn(PEOPLE.admin)).user;
    const member = await signIn(PEOPLE.memberB);
    expect(await stillSignedIn(member.cookie)).toBe(true);
    expect((await setUserActive(database.db, { actor: admin, request }, { userId: member.user.id, active: false })).ok).toBe(true);
    expect(await stillSignedIn(member.cookie)).toBe(false);
    expect(await database.db.select().from(sessions).where(eq(sessions.userId, member.user.id))).toHaveLength(0);
    const headers = requestHeaders({ 'x-forwarded-for': '203.0.113.101' });
    const refused = await attemptLogin(database.db, auth, {
      email: PEOPLE.memberB,
      password: PASSWORD,
      headers,
      request: requestInfo(headers),
      sleep: async () => {},
    });
    expect(refused.status).toBe('deactivated');
    expect((await setUserActive(database.db, { actor: admin, request }, { userId: member.user.id, active: true })).ok).toBe(true);
    expect(await stillSignedIn((await signIn(PEOPLE.memberB)).cookie)).toBe(true);
    const actions = (await database.db.select().from(auditEvents).where(eq(auditEvents.targetId, member.user.id))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['user_deactivated', 'user_reactivated']));
  });

  it('an admin cannot deactivate themselves', async () => {
    const admin = (await signIn(PEOPLE.admin)).user;
    expect((await setUserActive(database.db, { actor: admin, request }, { userId: admin.id, active: false })).ok).toBe(false);
  });

  it('changing the password needs the current one and signs out every other session', async () => {
    const first = await signIn(PEOPLE.reviewerOut);
    const second = await signIn(PEOPLE.reviewerOut);
    const ctx = { actor: second.user, request, headers: requestHeaders({ cookie: second.cookie }) };
    const wrong = await changeOwnPassword(database.db, auth, ctx, {
      currentPassword: 'sai-mat-khau-roi',
      password: 'Doi mat khau moi 2026',
      confirm: 'Doi mat khau moi 2026',
    });
    expect(!wrong.ok && wrong.fieldErrors?.currentPassword).toBe('Mật khẩu hiện tại không đúng.');
    const mismatch = await changeOwnPassword(database.db, auth, ctx, {
      currentPassword: PASSWORD,
      password: 'Doi mat khau moi 2026',
      confirm: 'Doi mat khau moi 2027',
    });
    expect(!mismatch.ok && mismatch.fieldErrors?.confirm).toMatch(/không khớp/);
    const common = await changeOwnPassword(database.db, auth, ctx, { currentPassword: PASSWORD, password: 'qwertyuiop123', confirm: 'qwertyuiop123' });
    expect(common.ok).toBe(false);
    expect(await stillSignedIn(first.cookie)).toBe(true);

    const changed = await changeOwnPassword(database.db, auth, ctx, {
      currentPassword: PASSWORD,
      password: 'Doi mat khau moi 2026',
      confirm: 'Doi mat khau moi 2026',
    });
    expect(changed.ok).toBe(true);
    expect(await stillSignedIn(first.cookie)).toBe(false);
    if (changed.ok) expect(await stillSignedIn(cookieHeader(changed.value.setCookie))).toBe(true);
    await signIn(PEOPLE.reviewerOut, 'Doi mat khau moi 2026');
    await expect(signIn(PEOPLE.reviewerOut, PASSWORD)).rejects.toThrow();
    const audit = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'password_changed'), eq(auditEvents.actorUserId, first.user.id)));
    expect(audit).toHaveLength(1);
  });

  it('an admin reset voids the old password and sessions and issues a new link', async () => {
    const admin = (await signIn(PEOPLE.admin)).user;
    const member = await signIn(PEOPLE.memberA);
    const reset = await resetUserPassword(database.db, { actor: admin, request }, { userId: member.user.id });
    expect(reset.ok).toBe(true);
    expect(await stillSignedIn(member.cookie)).toBe(false);
    await expect(signIn(PEOPLE.memberA)).rejects.toThrow();
    if (!reset.ok) return;
    expect((await completeSetup(database.db, { token: tokenOf(reset.value.url), password: 'Lua gao que nha 2026', request })).ok).toBe(true);
    await signIn(PEOPLE.memberA, 'Lua gao que nha 2026');
  });

  it('ends a session after 8 idle hours, and after 7 days however active', async () => {
    const idle = await signIn(PEOPLE.reviewerIn);
    await database.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.id, idle.sessionId));
    expect(await stillSignedIn(idle.cookie)).toBe(false);

    const active = await signIn(PEOPLE.reviewerIn);
    const later = new Date(Date.now() + 60 * 60 * 1000);
    await resolveSession(database.db, auth, requestHeaders({ cookie: active.cookie }), later);
    const [touched] = await database.db.select({ expiresAt: sessions.expiresAt }).from(sessions).where(eq(sessions.id, active.sessionId));
    expect(touched!.expiresAt.getTime()).toBe(later.getTime() + SESSION_IDLE_SECONDS * 1000);

    await database.db
      .update(sessions)
      .set({ createdAt: new Date(Date.now() - SESSION_ABSOLUTE_SECONDS * 1000 - 1000) })
      .where(eq(sessions.id, active.sessionId));
    expect(await stillSignedIn(active.cookie)).toBe(false);
    expect(await database.db.select().from(sessions).where(eq(sessions.id, active.sessionId))).toHaveLength(0);
  });
});

describe('the audit log', () => {
  it('refuses to change or delete its rows', async () => {
    await expect(database.db.update(auditEvents).set({ action: 'login' })).rejects.toThrow();
    await expect(database.db.delete(auditEvents)).rejects.toThrow();
    expect((await database.db.select().from(auditEvents)).length).toBeGreaterThan(5);
  });
});
