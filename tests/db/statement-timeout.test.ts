import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '@/db/client';
import { withStatementTimeout } from '@/db/statement-timeout';
import { queryRows } from '../support/database';

const opened: Database[] = [];
function open(statementTimeoutMs: number): Database {
  const url = process.env.DATABASE_URL;
  const database = url ? createDatabase({ databaseUrl: url, poolSize: 2, statementTimeoutMs }) : createDatabase({ pgliteDir: 'memory://', statementTimeoutMs });
  opened.push(database);
  return database;
}
afterAll(async () => {
  for (const database of opened) await database.close();
});

describe("the app's statement timeout", () => {
  it('is set on every connection the app opens, and a longer one only inside withStatementTimeout', async () => {
    const database = open(1500);
    const [setting] = await queryRows<{ statement_timeout: string }>(database, 'SHOW statement_timeout');
    expect(setting?.statement_timeout).toBe('1500ms');
    const inside = await withStatementTimeout(database.db, 60_000, async (tx) => {
      const result = (await tx.execute(sql`SHOW statement_timeout`)) as unknown;
      return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows)[0] as { statement_timeout: string };
    });
    expect(inside.statement_timeout).toBe('1min');
    const [after] = await queryRows<{ statement_timeout: string }>(database, 'SHOW statement_timeout');
    expect(after?.statement_timeout).toBe('1500ms');
  });

  it.runIf(Boolean(process.env.DATABASE_URL))('stops a statement that runs past it on PostgreSQL, not one given more time', async () => {
    const database = open(200);
    const stopped = await database.db.execute(sql`SELECT pg_sleep(2)`).then(
      () => null,
      (error: Error & { cause?: { code?: string } }) => error.cause?.code,
    );
    // 57014: query_canceled, here "canceling statement due to statement timeout".
    expect(stopped).toBe('57014');
    await expect(withStatementTimeout(database.db, 10_000, (tx) => tx.execute(sql`SELECT pg_sleep(0.5)`))).resolves.toBeDefined();
  });
});
