import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditEvents, loginThrottles, sessions } from '@/db/schema';
import { createAuth, type Auth } from '@/lib/auth/auth';
import { attemptLogin } from '@/lib/auth/login';
import { AUTH_MESSAGES } from '@/lib/auth/messages';
import { requestInfo } from '@/lib/auth/request-info';
import { resolveSession } from '@/lib/auth/session';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { PASSWORD, PEOPLE, cookieHeader, requestHeaders, seedPeople, userIdOf } from '../support/accounts';

let database: TestDatabase;
let auth: Auth;
const noSleep = async () => {};

beforeAll(async () => {
  database = await createTestDatabase();
  await seedPeople(database.db);
  auth = createAuth(database.db);
});
afterAll(() => database.dispose());

async function login(email: string, password: string, ip = '203.0.113.7') {
  const headers = requestHeaders({ 'x-forwarded-for': ip });
  return attemptLogin(database.db, auth, { email, password, headers, request: requestInfo(headers), sleep: noSleep });
}

describe('signing in', () => {
  it('opens a session whose cookie resolves to the user, storing only a hash of the token', async () => {
    const result = await login(PEOPLE.memberA.toUpperCase(), PASSWORD);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    const cookie = cookieHeader(result.setCookie);
    expect(cookie).toMatch(/^gs_session=/);
    expect(result.setCookie[0]).toMatch(/HttpOnly/i);
    expect(result.setCookie[0]).toMatch(/SameSite=Lax/i);
    const resolved = await resolveSession(database.db, auth, requestHeaders({ cookie }));
    expect(resolved?.user.email).toBe(PEOPLE.memberA);
    expect(resolved?.user.role).toBe('unit_member');
    expect(resolved?.user.unitName).toBe('UBND xã Phú Nghĩa');
    const rawToken = decodeURIComponent(cookie.split('=')[1]!).split('.')[0]!;
    const stored = await database.db.select({ token: sessions.token }).from(sessions).where(eq(sessions.userId, resolved!.user.id));
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.map((s) => s.token)).not.toContain(rawToken);
    expect(stored.every((s) => s.token.startsWith('h:'))).toBe(true);
  });

  it('gives a new session id at every login', async () => {
    const first = await login(PEOPLE.memberB, PASSWORD);
    const second = await login(PEOPLE.memberB, PASSWORD);
    if (first.status !== 'ok' || second.status !== 'ok') throw new Error('login failed');
    expect(cookieHeader(first.setCookie)).not.toBe(cookieHeader(second.setCookie));
  });

  it('answers a wrong password and an unknown email with the same message, and audits both', async () => {
    const wrong = await login(PEOPLE.reviewerIn, 'not-the-password-at-all');
    const unknown = await login('nobody@guongsang.test', 'not-the-password-at-all');
    expect(wrong).toEqual({ status: 'invalid', message: AUTH_MESSAGES.invalidCredentials });
    expect(unknown).toEqual({ status: 'invalid', message: AUTH_MESSAGES.invalidCredentials });
    const rows = await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'login_failed'));
    expect(rows.map((r) => r.actorEmail)).toEqual(expect.arrayContaining([PEOPLE.reviewerIn, 'nobody@guongsang.test']));
    const reviewer = rows.find((r) => r.actorEmail === PEOPLE.reviewerIn)!;
    expect(reviewer.ipAddress).toBe('203.0.113.7');
    expect(reviewer.userAgent).toBe('vitest');
    expect(reviewer.actorUserId).toBe(await userIdOf(database.db, PEOPLE.reviewerIn));
  });

  it('refuses a forged or tampered cookie', async () => {
    const result = await login(PEOPLE.admin, PASSWORD);
    if (result.status !== 'ok') throw new Error('login failed');
    const cookie = cookieHeader(result.setCookie);
    const tampered = cookie.replace(/=(.)/, (_, c: string) => `=${c === 'A' ? 'B' : 'A'}`);
    expect(await resolveSession(database.db, auth, requestHeaders({ cookie: tampered }))).toBeNull();
    expect(await resolveSession(database.db, auth, requestHeaders({ cookie: 'gs_session=forged.token' }))).toBeNull();
    expect(await resolveSession(database.db, auth, requestHeaders({ cookie }))).not.toBeNull();
  });
});

describe('throttling', () => {
  it('locks an account after repeated failures, even with the right password, and keeps the count in the database', async () => {
    for (let i = 0; i < 4; i++) expect((await login(PEOPLE.admin, `wrong-password-${i}`, `198.51.100.${i}`)).status).toBe('invalid');
    expect((await login(PEOPLE.admin, 'wrong-password-5', '198.51.100.9')).status).toBe('throttled');
    const locked = await login(PEOPLE.admin, PASSWORD, '198.51.100.10');
    expect(locked.status).toBe('throttled');
    if (locked.status === 'throttled') expect(locked.message).toMatch(/thử lại sau khoảng \d+ phút/);
    const [row] = await database.db
      .select()
      .from(loginThrottles)
      .where(eq(loginThrottles.key, `email:${PEOPLE.admin}`));
    expect(row?.failures).toBe(5);
    expect(row?.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    const audited = await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'login_throttled'));
    expect(audited.some((r) => r.actorEmail === PEOPLE.admin)).toBe(true);
  });

  it('lets the account in again once the lock has passed', async () => {
    await database.db
      .update(loginThrottles)
      .set({ lockedUntil: new Date(Date.now() - 1000), windowStartedAt: new Date(Date.now() - 3_600_000) })
      .where(eq(loginThrottles.key, `email:${PEOPLE.admin}`));
    expect((await login(PEOPLE.admin, PASSWORD, '198.51.100.11')).status).toBe('ok');
  });

  it('locks one address that tries many accounts', async () => {
    const ip = '192.0.2.44';
    let last = '';
    for (let i = 0; i < 20; i++) last = (await login(`guess${i}@guongsang.test`, 'wrong-password-x', ip)).status;
    expect(last).toBe('throttled');
    expect((await login(PEOPLE.memberB, PASSWORD, ip)).status).toBe('throttled');
    expect((await login(PEOPLE.memberB, PASSWORD, '192.0.2.45')).status).toBe('ok');
  });

  it('slows down before it refuses', async () => {
    const delays: number[] = [];
    const headers = requestHeaders({ 'x-forwarded-for': '192.0.2.80' });
    for (let i = 0; i < 4; i++) {
      await attemptLogin(database.db, auth, {
        email: PEOPLE.reviewerOut,
        password: `nope-nope-${i}`,
        headers,
        request: requestInfo(headers),
        sleep: async (ms) => void delays.push(ms),
      });
    }
    expect(delays).toEqual([500, 1000]);
  });
});
