import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '@/db/client';
import { campaigns } from '@/db/schema';
import { withStatementTimeout } from '@/db/statement-timeout';
import { getMetrics } from '@/lib/ops/metrics';
import { createTestDatabase, type TestDatabase } from '../support/database';

const onPostgres = Boolean(process.env.DATABASE_URL);
const opened: (Database | TestDatabase)[] = [];
afterAll(async () => {
  for (const database of opened) await ('dispose' in database ? database.dispose() : database.close());
});

async function timeouts(): Promise<number> {
  return (await getMetrics().statementTimeouts.get()).values[0]?.value ?? 0;
}

describe('the database pool as /metrics sees it', () => {
  it.runIf(!onPostgres)('is one connection on PGlite, with nothing to count in flight', async () => {
    const database = createDatabase({ pgliteDir: 'memory://' });
    opened.push(database);
    expect(database.pool()).toEqual({ max: 1, inUse: null });
  });

  it.runIf(onPostgres)('reports the configured size and the queries and transactions in flight, back to 0 when they settle', async () => {
    const database = createDatabase({ databaseUrl: process.env.DATABASE_URL!, poolSize: 3 });
    opened.push(database);
    expect(database.pool()).toEqual({ max: 3, inUse: 0 });
    // Drizzle's queries are lazy: Promise.resolve sends them now.
    const running = [
      database.db.execute(sql`select pg_sleep(0.4)`),
      database.db.execute(sql`select pg_sleep(0.4)`),
      database.db.transaction(async (tx) => {
        await tx.execute(sql`select pg_sleep(0.2)`);
        await tx.execute(sql`select pg_sleep(0.2)`);
      }),
      database.db.execute(sql`select pg_sleep(0.4)`),
    ].map((query) => Promise.resolve(query));
    await new Promise((resolve) => setTimeout(resolve, 150));
    // Four started on a pool of three: the fourth waits for a connection, and counts.
    expect(database.pool().inUse).toBe(4);
    await Promise.all(running);
    expect(database.pool().inUse).toBe(0);
    // Drizzle's own query shapes (rows as arrays, a failed statement) settle the count too.
    await database.exec('select 1');
    const rows = await database.db.select({ one: sql<number>`1` }).from(sql`(select 1) as t`);
    expect(rows).toEqual([{ one: 1 }]);
    await expect(database.db.execute(sql`select * from no_such_table`)).rejects.toThrow();
    expect(database.pool().inUse).toBe(0);
  });

  it.runIf(onPostgres)('counts each statement timeout once, in or out of a transaction, and no other failure', async () => {
    const database = await createTestDatabase();
    opened.push(database);
    const short = createDatabase({ databaseUrl: database.url!, poolSize: 2, statementTimeoutMs: 150 });
    opened.push(short);
    const start = await timeouts();
    await expect(short.db.execute(sql`select pg_sleep(1)`)).rejects.toThrow();
    expect(await timeouts()).toBe(start + 1);
    await expect(
      short.db.transaction(async (tx) => {
        await tx.select().from(campaigns).limit(1);
        await tx.execute(sql`select pg_sleep(1)`);
      }),
    ).rejects.toThrow();
    expect(await timeouts()).toBe(start + 2);
    await expect(withStatementTimeout(short.db, 100, (tx) => tx.execute(sql`select pg_sleep(1)`))).rejects.toThrow();
    expect(await timeouts()).toBe(start + 3);
    await expect(short.db.execute(sql`select 1/0`)).rejects.toThrow();
    await expect(short.db.execute(sql`select * from no_such_table`)).rejects.toThrow();
    await expect(withStatementTimeout(short.db, 5_000, (tx) => tx.execute(sql`select pg_sleep(0.3)`))).resolves.toBeDefined();
    expect(await timeouts()).toBe(start + 3);
    expect(short.pool().inUse).toBe(0);
  });
});
