import { sql } from 'drizzle-orm';
import type { Db } from './client';

/** Reports aggregate a whole campaign; exports read one batch per statement. Both may take longer than a page. */
export const REPORT_STATEMENT_TIMEOUT_MS = 60_000;
export const EXPORT_STATEMENT_TIMEOUT_MS = 30_000;

/** Runs `work` in a transaction whose statements may each take up to `ms` (instead of the app's default). */
export async function withStatementTimeout<T>(db: Db, ms: number, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql.raw(`SET LOCAL statement_timeout = ${Math.trunc(ms)}`));
    return work(tx);
  });
}
