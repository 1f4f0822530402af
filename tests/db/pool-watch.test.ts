import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '@/db/client';
import { campaigns } from '@/db/schema';
import { withStatementTimeout } from '@/db/statement-timeout';
import { createTestDatabase, type TestDatabase } from '../support/database';

const onPostgres = Boolean(process.env.DATABASE_URL);
const opened: (Database | TestDatabase)[] = [];
afterAll(async () => {
  for (const database of opened) await ('dispose' in database ? database.dispose() : database.close());
});

describe('the database pool as /metrics sees it', () => {
  it.runIf(!onPostgres)('is one connection on PGlite, with nothing to count in flight', async () => {
    const database = createDatabase({ pgliteDir: 'memory://' });
    opened.push(database);
    expect(database.usage()).toEqual({ poolMax: 1, inFlight: null, statementTimeouts: 0 });
  });

  it.runIf(onPostgres)('reports the configured size and the queries and transactions in flight, back to 0 when they settle', async () => {
    const database = createDatabase({ databaseUrl: process.env.DATABASE_URL!, poolSize: 3 });
    opened.push(database);
    expect(database.usage()).toEqual({ poolMax: 3, inFlight: 0, statementTimeouts: 0 });
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
    expect(database.usage().inFlight).toBe(4);
    await Promise.all(running);
    expect(database.usage().inFlight).toBe(0);
    // Drizzle's own query shapes (rows as arrays, a failed statement) settle the count too.
    await database.exec('select 1');
    const rows = await database.db.select({ one: sql<number>`1` }).from(sql`(select 1) as t`);
    expect(rows).toEqual([{ one: 1 }]);
    await expect(database.db.execute(sql`select * from no_such_table`)).rejects.toThrow();
    expect(database.usage().inFlight).toBe(0);
  });

  it.runIf(onPostgres)('counts a transaction once while it waits for a connection (its BEGIN is part of it)', async () => {
    const database = createDatabase({ databaseUrl: process.env.DATABASE_URL!, poolSize: 1 });
    opened.push(database);
    // The only connection is busy, so the transaction's BEGIN waits for it. The sleep is sent first: a
    // drizzle query is sent when awaited, a transaction's BEGIN at once.
    const busy = Promise.resolve(database.db.execute(sql`select pg_sleep(0.5)`));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const transaction = database.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(database.usage().inFlight).toBe(2);
    await Promise.all([busy, transaction]);
    expect(database.usage().inFlight).toBe(0);
  });

  it.runIf(onPostgres)('counts each statement timeout once, in or out of a transaction, and no other failure', async () => {
    const database = await createTestDatabase();
    opened.push(database);
    const short = createDatabase({ databaseUrl: database.url!, poolSize: 2, statementTimeoutMs: 150 });
    opened.push(short);
    await expect(short.db.execute(sql`select pg_sleep(1)`)).rejects.toThrow();
    expect(short.usage().statementTimeouts).toBe(1);
    await expect(
      short.db.transaction(async (tx) => {
        await tx.select().from(campaigns).limit(1);
        await tx.execute(sql`select pg_sleep(1)`);
      }),
    ).rejects.toThrow();
    expect(short.usage().statementTimeouts).toBe(2);
    await expect(withStatementTimeout(short.db, 100, (tx) => tx.execute(sql`select pg_sleep(1)`))).rejects.toThrow();
    expect(short.usage().statementTimeouts).toBe(3);
    await expect(short.db.execute(sql`select 1/0`)).rejects.toThrow();
    await expect(short.db.execute(sql`select * from no_such_table`)).rejects.toThrow();
    await expect(withStatementTimeout(short.db, 5_000, (tx) => tx.execute(sql`select pg_sleep(0.3)`))).resolves.toBeDefined();
    expect(short.usage().statementTimeouts).toBe(3);
    expect(short.usage().inFlight).toBe(0);
  });
});
