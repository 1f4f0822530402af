import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditEvents, loginThrottles, sessions } from '@/db/schema';
import { createAuth, type Auth } from '@/lib/auth/auth';
import { attemptLogin } from '@/lib/auth/login';
import { AUTH_MESSAGES } from '@/lib/auth/messages';
import { requestInfo } from '@/lib/auth/request-info';
import { resolveSession } from '@/lib/auth/session';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { PASSWORD, PEOPLE, cookieHeader, requestHeaders, userIdOf } from '../support/accounts';

let database: TestDatabase;
let auth: Auth;
const noSleep = async () => {};

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
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

/** A clock that moves only when an attempt sleeps, so delays can be counted without waiting for them. */
function fakeClock(start = Date.now()) {
  let now = start;
  const delays: number[] = [];
  return {
    delays,
    now: () => new Date(now),
    sleep: async (ms: number) => {
      delays.push(ms);
      now += ms;
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
}

async function attempt(email: string, password: string, ip: string, clock: ReturnType<typeof fakeClock>) {
  const headers = requestHeaders({ 'x-forwarded-for': ip });
  return attemptLogin(database.db, auth, { email, password, headers, request: requestInfo(headers), sleep: clock.sleep, now: clock.now });
}

describe('throttling', () => {
  it('never locks an account out for failures from other addresses: each guess only waits longer, up to 5 s', async () => {
    const clock = fakeClock();
    const statuses: string[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await attempt(PEOPLE.admin, `wrong-password-${i}`, `198.51.100.${i}`, clock)).status);
    expect(statuses).toEqual(Array(12).fill('invalid'));
    expect(clock.delays).toEqual([500, 1000, 2000, 4000, 5000, 5000, 5000, 5000, 5000, 5000]);
    // The real admin, from an address of their own, after all of that: slowed down once more, never refused.
    const own = await attempt(PEOPLE.admin, PASSWORD, '203.0.113.50', clock);
    expect(own.status).toBe('ok');
    expect(clock.delays.at(-1)).toBe(5000);
    const rows = await database.db.select().from(loginThrottles);
    expect(rows.filter((r) => r.key.includes(PEOPLE.admin) && r.lockedUntil)).toEqual([]);
  });

  it('checks at most one password per 5 s for one account, however many addresses ask at once', async () => {
    const clock = fakeClock();
    // Six failures spread over a minute: the next checks are 5 s apart.
    for (let i = 0; i < 6; i++) {
      await attempt(PEOPLE.reviewerOut, `wrong-${i}-password`, `198.18.0.${i}`, clock);
      clock.advance(10_000);
    }
    clock.delays.length = 0;
    const burst = await Promise.all(
      Array.from({ length: 10 }, (_, i) => attempt(PEOPLE.reviewerOut, `burst-${i}-password`, `198.18.1.${i}`, { ...clock, sleep: async () => {} })),
    );
    const checked = burst.filter((r) => r.status === 'invalid');
    const refused = burst.filter((r) => r.status === 'throttled');
    // One now, one 5 s later; the rest are told to wait a few seconds and never reach a password check.
    expect(checked).toHaveLength(2);
    expect(refused).toHaveLength(8);
    expect(refused.every((r) => r.status === 'throttled' && r.message === AUTH_MESSAGES.busy)).toBe(true);
    // Ten seconds later the account answers again, still only slowed down.
    clock.advance(10_000);
    expect((await attempt(PEOPLE.reviewerOut, PASSWORD, '203.0.113.51', clock)).status).toBe('ok');
  });

  it('lets the real user in from an address they signed in from before, even while others flood the account', async () => {
    const clock = fakeClock();
    expect((await attempt(PEOPLE.memberA, PASSWORD, '203.0.113.60', clock)).status).toBe('ok');
    for (let i = 0; i < 6; i++) await attempt(PEOPLE.memberA, `wrong-${i}-password`, `198.19.0.${i}`, clock);
    // Fill the account's queue: the next stranger is told to wait.
    await attempt(PEOPLE.memberA, 'flood-1-password', '198.19.1.1', { ...clock, sleep: async () => {} });
    await attempt(PEOPLE.memberA, 'flood-2-password', '198.19.1.2', { ...clock, sleep: async () => {} });
    expect((await attempt(PEOPLE.memberA, 'flood-3-password', '198.19.1.3', clock)).status).toBe('throttled');
    clock.delays.length = 0;
    expect((await attempt(PEOPLE.memberA, PASSWORD, '203.0.113.60', clock)).status).toBe('ok');
    expect(clock.delays).toEqual([]);
  });

  it('locks one address guessing one account after 5 failures, that pair only, keeping the count in the database', async () => {
    const clock = fakeClock();
    const ip = '198.51.100.200';
    const statuses: string[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await attempt(PEOPLE.memberB, `wrong-password-${i}`, ip, clock)).status);
    expect(statuses).toEqual(['invalid', 'invalid', 'invalid', 'invalid', 'throttled']);
    const locked = await attempt(PEOPLE.memberB, PASSWORD, ip, clock);
    expect(locked.status).toBe('throttled');
    if (locked.status === 'throttled') expect(locked.message).toMatch(/thử lại sau khoảng \d+ phút/);
    const [row] = await database.db
      .select()
      .from(loginThrottles)
      .where(eq(loginThrottles.key, `pair:${ip}|${PEOPLE.memberB}`));
    expect(row?.failures).toBe(5);
    expect(row?.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    const audited = await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'login_throttled'));
    expect(audited.some((r) => r.actorEmail === PEOPLE.memberB)).toBe(true);
    // The same person from anywhere else is not locked out.
    expect((await attempt(PEOPLE.memberB, PASSWORD, '198.51.100.201', clock)).status).toBe('ok');
  });

  it('lets the pair in again once the lock has passed', async () => {
    const clock = fakeClock(Date.now() + 16 * 60_000);
    expect((await attempt(PEOPLE.memberB, PASSWORD, '198.51.100.200', clock)).status).toBe('ok');
  });

  it('locks one address that tries many accounts', async () => {
    const clock = fakeClock();
    const ip = '192.0.2.44';
    let last = '';
    for (let i = 0; i < 20; i++) last = (await attempt(`guess${i}@guongsang.test`, 'wrong-password-x', ip, clock)).status;
    expect(last).toBe('throttled');
    expect((await attempt(PEOPLE.reviewerIn, PASSWORD, ip, clock)).status).toBe('throttled');
    expect((await attempt(PEOPLE.reviewerIn, PASSWORD, '192.0.2.45', clock)).status).toBe('ok');
  });
});
