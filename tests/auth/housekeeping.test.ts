import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginThrottles, sessions } from '@/db/schema';
import { purgeAuthState } from '@/lib/auth/housekeeping';
import { addUser } from '../support/accounts';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
const now = new Date('2026-03-01T08:00:00Z');
const ago = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
const ahead = (hours: number) => new Date(now.getTime() + hours * 3_600_000);

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

describe('housekeeping', () => {
  it('removes expired sessions and stale sign-in counters, and keeps what is still in use', async () => {
    const userId = await addUser(database.db, { email: 'don-dep@guongsang.test', name: 'Dọn dẹp', role: 'admin', unitId: null });
    const session = (id: string, createdAt: Date, expiresAt: Date) => ({ id, token: `h:${randomUUID()}`, userId, createdAt, updatedAt: createdAt, expiresAt });
    await database.db
      .insert(sessions)
      .values([session('idle-expired', ago(30), ago(2)), session('too-old', ago(8 * 24), ahead(4)), session('live', ago(1), ahead(7))]);
    const throttle = (key: string, updatedAt: Date, extra: Partial<typeof loginThrottles.$inferInsert> = {}) => ({
      key,
      failures: 1,
      windowStartedAt: updatedAt,
      updatedAt,
      ...extra,
    });
    await database.db
      .insert(loginThrottles)
      .values([
        throttle('ip:198.51.100.1', ago(48)),
        throttle('email:cu@x.vn', ago(72), { nextAttemptAt: ago(72) }),
        throttle('pair:198.51.100.2|khoa@x.vn', ago(48), { lockedUntil: ahead(1) }),
        throttle('pair:198.51.100.3|quen@x.vn', ago(10 * 24), { lastSuccessAt: ago(10 * 24) }),
        throttle('pair:198.51.100.4|lau@x.vn', ago(40 * 24), { lastSuccessAt: ago(40 * 24) }),
        throttle('ip:198.51.100.5', ago(1)),
      ]);

    expect(await purgeAuthState(database.db, now)).toEqual({ sessions: 2, throttles: 3 });
    expect((await database.db.select({ id: sessions.id }).from(sessions)).map((s) => s.id)).toEqual(['live']);
    expect((await database.db.select({ key: loginThrottles.key }).from(loginThrottles)).map((t) => t.key).sort()).toEqual([
      'ip:198.51.100.5',
      'pair:198.51.100.2|khoa@x.vn',
      'pair:198.51.100.3|quen@x.vn',
    ]);
    expect(await purgeAuthState(database.db, now)).toEqual({ sessions: 0, throttles: 0 });
  });
});
