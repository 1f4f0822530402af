import 'server-only';
import { APIError } from 'better-auth/api';
import type { Db } from '@/db/client';
import { recordAudit } from '@/db/queries/audit';
import {
  readLoginThrottles,
  recordLoginFailure,
  recordLoginSuccess,
  reserveLoginAttempt,
  resetLoginChecks,
  type ThrottleState,
} from '@/db/queries/login-throttle';
import { findSignInAccount } from '@/db/queries/sign-in';
import type { Auth } from './auth';
import { AUTH_MESSAGES } from './messages';
import { verifyPassword } from './password-hash';
import type { RequestInfo } from './request-info';
import {
  ACCOUNT_WINDOW_SECONDS,
  accountSpacingMs,
  ADDRESS_RULE,
  MAX_ACCOUNT_DELAY_MS,
  PAIR_RULE,
  REMEMBER_PAIR_SECONDS,
  throttleKeys,
} from './throttle-policy';

export type LoginResult =
  { status: 'ok'; userId: string; role: string; setCookie: string[] } | { status: 'invalid' | 'throttled' | 'deactivated'; message: string };

export interface LoginInput {
  email: string;
  password: string;
  request: RequestInfo;
  headers: Headers;
  /** Tests pass their own sleep and clock, so slowing down can be counted without waiting. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
}

type Keys = ReturnType<typeof throttleKeys>;
type AuditFacts = { actorEmail: string; actorUserId?: string | null; ipAddress: string | null; userAgent: string | null };

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function normalizeEmail(email: string): string {
  return email.normalize('NFC').trim().toLowerCase();
}

const minutesUntil = (until: Date, now: Date) => Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));

/** The lock that applies to this attempt, if any; a pair that signed in before is not held by its address's lock. */
function activeLock(states: ThrottleState[], keys: Keys, now: Date): { until: Date | null; remembered: boolean } {
  const pair = states.find((s) => s.key === keys.pair);
  const address = states.find((s) => s.key === keys.address);
  const remembered = Boolean(pair?.lastSuccessAt && pair.lastSuccessAt.getTime() > now.getTime() - REMEMBER_PAIR_SECONDS * 1000);
  const locks = [pair?.lockedUntil, remembered ? null : address?.lockedUntil].filter((d): d is Date => Boolean(d));
  const until = locks.reduce<Date | null>((latest, d) => (!latest || d > latest ? d : latest), null);
  return { until, remembered };
}

export async function attemptLogin(db: Db, auth: Auth, input: LoginInput): Promise<LoginResult> {
  const email = normalizeEmail(input.email);
  const sleep = input.sleep ?? defaultSleep;
  const clock = input.now ?? (() => new Date());
  const keys = throttleKeys(email, input.request.ipAddress);
  const audit: AuditFacts = { actorEmail: email, ipAddress: input.request.ipAddress, userAgent: input.request.userAgent };

  const now = clock();
  const states = await readLoginThrottles(db, { keys: [keys.pair, ...(keys.address ? [keys.address] : [])], windowSeconds: PAIR_RULE.windowSeconds, now });
  const lock = activeLock(states, keys, now);
  if (lock.until) {
    await recordAudit(db, { ...audit, action: 'login_throttled', detail: { reason: 'locked' } });
    return { status: 'throttled', message: AUTH_MESSAGES.throttled(minutesUntil(lock.until, now)) };
  }
  if (!lock.remembered) {
    const turn = await reserveLoginAttempt(db, {
      key: keys.account,
      now,
      windowSeconds: ACCOUNT_WINDOW_SECONDS,
      maxWaitMs: MAX_ACCOUNT_DELAY_MS,
      spacingMs: accountSpacingMs,
    });
    if (!turn) {
      await recordAudit(db, { ...audit, action: 'login_throttled', detail: { reason: 'account_busy' } });
      return { status: 'throttled', message: AUTH_MESSAGES.busy };
    }
    if (turn.waitMs > 0) await sleep(turn.waitMs);
  }

  const user = await findSignInAccount(db, { email });
  if (user && !user.active) {
    // Say "deactivated" only to someone who proved the password; anyone else learns nothing.
    if (user.passwordHash && (await verifyPassword(user.passwordHash, input.password))) {
      await recordAudit(db, { ...audit, action: 'login_failed', actorUserId: user.id, detail: { reason: 'deactivated' } });
      return { status: 'deactivated', message: AUTH_MESSAGES.deactivated };
    }
    return fail(db, keys, { ...audit, actorUserId: user.id }, 'wrong_password', clock(), lock.remembered);
  }

  try {
    const { headers } = await auth.api.signInEmail({
      body: { email, password: input.password, rememberMe: true },
      headers: input.headers,
      returnHeaders: true,
    });
    const at = clock();
    await recordLoginSuccess(db, { key: keys.pair, now: at });
    await resetLoginChecks(db, { key: keys.account, now: at });
    await recordAudit(db, { ...audit, action: 'login', actorUserId: user?.id ?? null });
    return { status: 'ok', userId: user?.id ?? '', role: user?.role ?? '', setCookie: headers.getSetCookie() };
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    return fail(db, keys, { ...audit, actorUserId: user?.id ?? null }, user ? 'wrong_password' : 'unknown_email', clock(), lock.remembered);
  }
}

async function fail(db: Db, keys: Keys, audit: AuditFacts, reason: string, now: Date, remembered: boolean): Promise<LoginResult> {
  const pair = await recordLoginFailure(db, { key: keys.pair, rule: PAIR_RULE, now });
  const address = keys.address ? await recordLoginFailure(db, { key: keys.address, rule: ADDRESS_RULE, now }) : null;
  await recordAudit(db, { ...audit, action: 'login_failed', detail: { reason } });
  const until = pair.lockedUntil ?? (remembered ? null : (address?.lockedUntil ?? null));
  if (until) return { status: 'throttled', message: AUTH_MESSAGES.throttled(minutesUntil(until, now)) };
  return { status: 'invalid', message: AUTH_MESSAGES.invalidCredentials };
}
