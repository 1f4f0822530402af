import { sql } from 'drizzle-orm';
import { bigint, check, pgTable, smallint, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row whose version changes, by trigger (migration 0007), whenever anything the public pages show
 * changes. Public data is cached per version, so every app server sees a change on its next request.
 */
export const publicDataVersion = pgTable(
  'public_data_version',
  {
    id: smallint('id').primaryKey().default(1),
    version: bigint('version', { mode: 'number' }).notNull().default(1),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('public_data_version_single_row', sql`${t.id} = 1`)],
);
