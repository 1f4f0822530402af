import 'server-only';
import { APIError } from 'better-auth/api';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { recordAudit } from '@/db/queries/audit';
import { clearThrottle, readThrottles, recordFailure, type ThrottleRule } from '@/db/queries/login-throttle';
import { accounts, users } from '@/db/schema';
import type { Auth } from './auth';
import { AUTH_MESSAGES } from './messages';
import { verifyPassword } from './password-hash';
import type { RequestInfo } from './request-info';

export const ACCOUNT_RULE: ThrottleRule = { windowSeconds: 15 * 60, lockAfter: 5, lockSeconds: 15 * 60 };
export const ADDRESS_RULE: ThrottleRule = { windowSeconds: 15 * 60, lockAfter: 20, lockSeconds: 15 * 60 };
/** From the third failure on, each attempt waits a little longer before it is answered. */
const SLOW_AFTER = 2;
const MAX_DELAY_MS = 4_000;

export type LoginResult =
  { status: 'ok'; userId: string; role: string; setCookie: string[] } | { status: 'invalid' | 'throttled' | 'deactivated'; message: string };

export interface LoginInput {
  email: string;
  password: string;
  request: RequestInfo;
  headers: Headers;
  /** Tests pass a no-op so slowing down does not slow them. */
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function normalizeEmail(email: string): string {
  return email.normalize('NFC').trim().toLowerCase();
}

function keysFor(email: string, request: RequestInfo) {
  return { account: `email:${email}`, address: request.ipAddress ? `ip:${request.ipAddress}` : null };
}

export async function attemptLogin(db: Db, auth: Auth, input: LoginInput): Promise<LoginResult> {
  const email = normalizeEmail(input.email);
  const sleep = input.sleep ?? defaultSleep;
  const keys = keysFor(email, input.request);
  const audit = { actorEmail: email, ipAddress: input.request.ipAddress, userAgent: input.request.userAgent };

  const states = await readThrottles(db, [keys.account, ...(keys.address ? [keys.address] : [])], ACCOUNT_RULE.windowSeconds);
  const lockedUntil = states.map((s) => s.lockedUntil?.getTime() ?? 0).reduce((a, b) => Math.max(a, b), 0);
  if (lockedUntil > Date.now()) {
    await recordAudit(db, { ...audit, action: 'login_throttled' });
    return { status: 'throttled', message: AUTH_MESSAGES.throttled(Math.max(1, Math.ceil((lockedUntil - Date.now()) / 60_000))) };
  }
  const failures = Math.max(0, ...states.filter((s) => s.key === keys.account).map((s) => s.failures));
  if (failures >= SLOW_AFTER) await sleep(Math.min(MAX_DELAY_MS, 500 * 2 ** (failures - SLOW_AFTER)));

  const [user] = await db
    .select({ id: users.id, role: users.role, active: users.active, hash: accounts.password })
    .from(users)
    .leftJoin(accounts, eq(accounts.userId, users.id))
    .where(eq(users.email, email))
    .limit(1);

  if (user && !user.active) {
    // Say "deactivated" only to someone who proved the password; anyone else learns nothing.
    if (user.hash && (await verifyPassword(user.hash, input.password))) {
      await recordAudit(db, { ...audit, action: 'login_failed', actorUserId: user.id, detail: { reason: 'deactivated' } });
      return { status: 'deactivated', message: AUTH_MESSAGES.deactivated };
    }
    return fail(db, keys, { ...audit, actorUserId: user.id }, 'wrong_password');
  }

  try {
    const { headers } = await auth.api.signInEmail({
      body: { email, password: input.password, rememberMe: true },
      headers: input.headers,
      returnHeaders: true,
    });
    await clearThrottle(db, keys.account);
    await recordAudit(db, { ...audit, action: 'login', actorUserId: user?.id ?? null });
    return { status: 'ok', userId: user?.id ?? '', role: user?.role ?? '', setCookie: headers.getSetCookie() };
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    return fail(db, keys, { ...audit, actorUserId: user?.id ?? null }, user ? 'wrong_password' : 'unknown_email');
  }
}

async function fail(
  db: Db,
  keys: { account: string; address: string | null },
  audit: { actorEmail: string; actorUserId: string | null; ipAddress: string | null; userAgent: string | null },
  reason: string,
): Promise<LoginResult> {
  const account = await recordFailure(db, keys.account, ACCOUNT_RULE);
  const address = keys.address ? await recordFailure(db, keys.address, ADDRESS_RULE) : null;
  await recordAudit(db, { ...audit, action: 'login_failed', detail: { reason, failures: account.failures } });
  const locked = [account.lockedUntil, address?.lockedUntil].some((d) => d && d.getTime() > Date.now());
  if (locked) return { status: 'throttled', message: AUTH_MESSAGES.throttled(Math.ceil(ACCOUNT_RULE.lockSeconds / 60)) };
  return { status: 'invalid', message: AUTH_MESSAGES.invalidCredentials };
}
