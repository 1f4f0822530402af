import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS_AUDIT_LIMIT, AUDIT_FIELD_LIMITS, recordAudit } from '@/db/queries/audit';
import { auditEvents } from '@/db/schema';
import { createTestDatabase, queryRows, type TestDatabase } from '../support/database';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

const rowsFrom = (ip: string) => database.db.select().from(auditEvents).where(eq(auditEvents.ipAddress, ip)).orderBy(auditEvents.id);

describe('the audit log', () => {
  it('caps every field a visitor can choose', async () => {
    await recordAudit(database.db, {
      action: 'permission_denied',
      actorEmail: `${'a'.repeat(5000)}@x.vn`,
      ipAddress: '198.51.100.1',
      userAgent: 'U'.repeat(20_000),
      targetType: 't'.repeat(500),
      targetId: 'i'.repeat(500),
      detail: {
        what: 'create_unit',
        reason: 'foreign_origin',
        origin: `https://${'e'.repeat(16_000)}.example`,
        ...Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, i])),
      },
    });
    const [row] = await rowsFrom('198.51.100.1');
    expect(row!.actorEmail!.length).toBeLessThanOrEqual(AUDIT_FIELD_LIMITS.actorEmail);
    expect(row!.userAgent!.length).toBeLessThanOrEqual(AUDIT_FIELD_LIMITS.userAgent);
    expect(row!.targetType!.length).toBeLessThanOrEqual(AUDIT_FIELD_LIMITS.targetType);
    expect(row!.targetId!.length).toBeLessThanOrEqual(AUDIT_FIELD_LIMITS.targetId);
    expect(JSON.stringify(row!.detail).length).toBeLessThanOrEqual(AUDIT_FIELD_LIMITS.detailBytes);
    expect(row!.detail.what).toBe('create_unit');
    expect(String(row!.detail.origin).length).toBeLessThanOrEqual(AUDIT_FIELD_LIMITS.detailValue);
  });

  it('rolls repeated identical denials into one row with a count', async () => {
    const denial = {
      action: 'permission_denied' as const,
      ipAddress: '198.51.100.2',
      userAgent: 'curl/8',
      detail: { what: 'create_unit', reason: 'anonymous' },
    };
    for (let i = 0; i < 25; i++) await recordAudit(database.db, denial);
    await recordAudit(database.db, { ...denial, detail: { what: 'create_user', reason: 'anonymous' } });
    const rows = await rowsFrom('198.51.100.2');
    expect(rows.map((r) => [r.detail.what, r.repeatCount])).toEqual([
      ['create_unit', 25],
      ['create_user', 1],
    ]);
    expect(rows[0]!.lastAt!.getTime()).toBeGreaterThanOrEqual(rows[0]!.at.getTime());
  });

  it('never rolls up what is evidence of a change, such as a sign-in', async () => {
    for (let i = 0; i < 3; i++) await recordAudit(database.db, { action: 'login', actorEmail: 'a@x.vn', actorUserId: 'u1', ipAddress: '198.51.100.3' });
    expect((await rowsFrom('198.51.100.3')).map((r) => r.repeatCount)).toEqual([1, 1, 1]);
  });

  it('holds an anonymous flood from one address to a bounded number of rows', async () => {
    for (let i = 0; i < ANONYMOUS_AUDIT_LIMIT * 3; i++) {
      await recordAudit(database.db, {
        action: 'login_failed',
        actorEmail: `guess${i}@x.vn`,
        ipAddress: '198.51.100.4',
        userAgent: `bot ${i}`,
        detail: { reason: 'unknown_email' },
      });
    }
    const rows = await rowsFrom('198.51.100.4');
    expect(rows.length).toBeLessThanOrEqual(ANONYMOUS_AUDIT_LIMIT + 1);
    expect(rows.reduce((sum, r) => sum + r.repeatCount, 0)).toBe(ANONYMOUS_AUDIT_LIMIT * 3);
    const overflow = rows.at(-1)!;
    expect(overflow.detail).toEqual({ rateLimited: true });
    expect(overflow.actorEmail).toBeNull();
    // Another address is not held back by this one.
    await recordAudit(database.db, { action: 'login_failed', actorEmail: 'someone@x.vn', ipAddress: '198.51.100.5', detail: { reason: 'wrong_password' } });
    expect(await rowsFrom('198.51.100.5')).toHaveLength(1);
  });

  it('stays append-only: only the count of a rolled-up row may grow, and nothing else changes', async () => {
    const [rolled] = await rowsFrom('198.51.100.2');
    const [single] = await rowsFrom('198.51.100.3');
    await expect(database.db.update(auditEvents).set({ action: 'login' }).where(eq(auditEvents.id, rolled!.id))).rejects.toThrow();
    await expect(database.db.update(auditEvents).set({ repeatCount: 1 }).where(eq(auditEvents.id, rolled!.id))).rejects.toThrow();
    await expect(
      database.db
        .update(auditEvents)
        .set({ repeatCount: sql`repeat_count + 1`, ipAddress: '10.0.0.1' })
        .where(eq(auditEvents.id, rolled!.id)),
    ).rejects.toThrow();
    await expect(
      database.db
        .update(auditEvents)
        .set({ repeatCount: sql`repeat_count + 1` })
        .where(eq(auditEvents.id, single!.id)),
    ).rejects.toThrow();
    await expect(database.db.delete(auditEvents).where(eq(auditEvents.id, rolled!.id))).rejects.toThrow();
    await expect(database.exec('TRUNCATE audit_events')).rejects.toThrow();
    const [after] = await queryRows<{ repeat_count: number }>(database, `SELECT repeat_count FROM audit_events WHERE id = ${rolled!.id}`);
    expect(Number(after!.repeat_count)).toBe(25);
  });
});
