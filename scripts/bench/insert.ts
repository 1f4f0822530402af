import type { Sql } from 'postgres';
import type { Database, Db } from '../../db/client';
import { attachments, nominationEvents, nominations } from '../../db/schema';
import { copyRows } from './copy';
import type { GeneratedNomination } from './generate';

// PostgreSQL's wire protocol allows 65 535 parameters per statement.
const MAX_PARAMS = 60_000;

function chunks<T extends object>(rows: T[]): T[][] {
  if (rows.length === 0) return [];
  const perRow = Math.max(1, Object.keys(rows[0]!).length);
  const size = Math.max(1, Math.floor(MAX_PARAMS / perRow));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

async function insertWithDrizzle(db: Db, batch: GeneratedNomination[]): Promise<void> {
  await db.transaction(async (tx) => {
    for (const part of chunks(batch.map((g) => g.row))) await tx.insert(nominations).values(part);
    for (const part of chunks(batch.flatMap((g) => g.attachments))) await tx.insert(attachments).values(part);
    for (const part of chunks(batch.flatMap((g) => g.events))) await tx.insert(nominationEvents).values(part);
  });
}

async function insertWithCopy(client: Sql, batch: GeneratedNomination[]): Promise<void> {
  await client.begin(async (tx) => {
    await copyRows(tx, nominations, 'nominations', batch.map((g) => g.row));
    await copyRows(tx, attachments, 'attachments', batch.flatMap((g) => g.attachments));
    await copyRows(tx, nominationEvents, 'nomination_events', batch.flatMap((g) => g.events));
  });
}

/** One batch, all or nothing: nominations, then their photos and history. COPY on PostgreSQL, INSERTs on PGlite. */
export async function insertBatch(database: Database, batch: GeneratedNomination[]): Promise<void> {
  if (database.driver === 'postgres') {
    await insertWithCopy((database.db as unknown as { $client: Sql }).$client, batch);
  } else {
    await insertWithDrizzle(database.db, batch);
  }
}
