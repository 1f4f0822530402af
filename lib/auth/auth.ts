import 'server-only';
import { randomUUID } from 'node:crypto';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { nextCookies } from 'better-auth/next-js';
import type { Db } from '@/db/client';
import { getDb } from '@/db/index';
import * as schema from '@/db/schema';
import { siteUrl } from '@/lib/site';
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS, sessionCookiePolicy } from './cookie-policy';
import { withHashedSessionTokens } from './hashed-session-tokens';
import { hashPassword, verifyPassword } from './password-hash';
import { MIN_PASSWORD_LENGTH } from './password-policy';
import { authSecret } from './secret';

export function createAuth(db: Db) {
  const cookie = sessionCookiePolicy({ siteUrl: siteUrl(), production: process.env.NODE_ENV === 'production' });
  return betterAuth({
    appName: 'Gương sáng',
    baseURL: siteUrl(),
    trustedOrigins: [siteUrl()],
    secret: authSecret(),
    database: withHashedSessionTokens(
      drizzleAdapter(db, {
        provider: 'pg',
        usePlural: true,
        schema: { users: schema.users, sessions: schema.sessions, accounts: schema.accounts, verifications: schema.verifications },
      }),
    ),
    emailAndPassword: {
      enabled: true,
      // Accounts are created by admins (lib/auth/accounts.ts); nobody signs themselves up.
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 128,
      password: { hash: hashPassword, verify: ({ hash, password }) => verifyPassword(hash, password) },
    },
    session: {
      expiresIn: SESSION_IDLE_SECONDS,
      // lib/auth/session.ts slides the idle expiry itself and enforces the absolute one.
      disableSessionRefresh: true,
      cookieCache: { enabled: false },
    },
    // No better-auth HTTP handler is mounted: sign-in happens only in our server action, which
    // throttles in the database (lib/auth/login.ts) so the limit holds across processes.
    rateLimit: { enabled: false },
    advanced: {
      useSecureCookies: false,
      cookies: {
        session_token: {
          name: cookie.name,
          // The cookie lives as long as the absolute expiry; the server decides idleness.
          attributes: { secure: cookie.secure, httpOnly: true, sameSite: 'lax', path: '/', maxAge: SESSION_ABSOLUTE_SECONDS },
        },
      },
      database: { generateId: () => randomUUID() },
    },
    telemetry: { enabled: false },
    // Failed sign-ins are audited in the database; the library's own warnings would only repeat them.
    logger: { level: 'error' },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const holder = globalThis as unknown as { __guongSangAuth?: { db: Db; auth: Auth } };

/** One better-auth instance per database client (tests swap the client). */
export function getAuth(db: Db = getDb()): Auth {
  if (holder.__guongSangAuth?.db !== db) holder.__guongSangAuth = { db, auth: createAuth(db) };
  return holder.__guongSangAuth.auth;
}
