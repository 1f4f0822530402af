import { createHmac } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '@/db/schema';
import { createAuth, type Auth } from '@/lib/auth/auth';
import { attemptLogin } from '@/lib/auth/login';
import { requestInfo } from '@/lib/auth/request-info';
import { authSecret } from '@/lib/auth/secret';
import { resolveSession } from '@/lib/auth/session';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { PASSWORD, PEOPLE, cookieHeader, requestHeaders } from '../support/accounts';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';
let database: TestDatabase;
let auth: Auth;

beforeAll(async () => {
  process.env.AUTH_SECRET = SECRET;
  database = await createTestDatabase({ seeded: true });
  auth = createAuth(database.db);
});
afterAll(async () => {
  delete process.env.AUTH_SECRET;
  await database.dispose();
});

/** A session cookie for `value`, signed as better-auth signs it: what someone holding the secret can make. */
function signedCookie(value: string): string {
  const signature = createHmac('sha256', SECRET).update(value).digest('base64');
  return `gs_session=${encodeURIComponent(`${value}.${signature}`)}`;
}

describe('session cookies', () => {
  it('open a session only with the token itself, never with what the database stores for it', async () => {
    const headers = requestHeaders();
    const result = await attemptLogin(database.db, auth, {
      email: PEOPLE.reviewerIn,
      password: PASSWORD,
      headers,
      request: requestInfo(headers),
      sleep: async () => {},
    });
    if (result.status !== 'ok') throw new Error('login failed');
    const cookie = cookieHeader(result.setCookie);
    const resolved = await resolveSession(database.db, auth, requestHeaders({ cookie }));
    expect(resolved?.user.email).toBe(PEOPLE.reviewerIn);
    const rawToken = decodeURIComponent(cookie.split('=')[1]!).split('.')[0]!;
    expect(cookie).toBe(signedCookie(rawToken));

    const [row] = await database.db.select({ token: sessions.token }).from(sessions).where(eq(sessions.id, resolved!.sessionId));
    expect(row!.token.startsWith('h:')).toBe(true);
    // A copy of the database and the key: the stored value, signed, must not be a session.
    expect(await resolveSession(database.db, auth, requestHeaders({ cookie: signedCookie(row!.token) }))).toBeNull();
    expect(await resolveSession(database.db, auth, requestHeaders({ cookie: signedCookie(`h:${rawToken}`) }))).toBeNull();
    expect(await resolveSession(database.db, auth, requestHeaders({ cookie }))).not.toBeNull();
  });
});

describe('the generated key', () => {
  const env = (root: string): NodeJS.ProcessEnv => ({ NODE_ENV: 'test', PWD: root });

  it('is kept outside the data folder, so a copy of the database or of data/ does not carry it', () => {
    const root = mkdtempSync(join(tmpdir(), 'gs-secret-'));
    const key = authSecret(env(root), root);
    expect(key.length).toBeGreaterThanOrEqual(32);
    expect(existsSync(join(root, 'data'))).toBe(false);
    const file = join(root, '.secrets', 'auth-secret');
    expect(readFileSync(file, 'utf8').trim()).toBe(key);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(authSecret(env(root), root)).toBe(key);
  });

  it('moves a key left in data/ by an earlier version out of it, so signed-in people stay signed in', () => {
    const root = mkdtempSync(join(tmpdir(), 'gs-secret-'));
    mkdirSync(join(root, 'data', 'pglite'), { recursive: true });
    writeFileSync(join(root, 'data', 'auth-secret'), 'an-old-key-that-was-kept-next-to-pglite-0123');
    expect(authSecret(env(root), root)).toBe('an-old-key-that-was-kept-next-to-pglite-0123');
    expect(existsSync(join(root, 'data', 'auth-secret'))).toBe(false);
    expect(readFileSync(join(root, '.secrets', 'auth-secret'), 'utf8').trim()).toBe('an-old-key-that-was-kept-next-to-pglite-0123');
  });

  it('prefers AUTH_SECRET, and refuses a short one', () => {
    const root = mkdtempSync(join(tmpdir(), 'gs-secret-'));
    expect(authSecret({ NODE_ENV: 'test', AUTH_SECRET: SECRET }, root)).toBe(SECRET);
    expect(() => authSecret({ NODE_ENV: 'test', AUTH_SECRET: 'short' }, root)).toThrow(/32 ký tự/);
    expect(existsSync(join(root, '.secrets'))).toBe(false);
  });
});
