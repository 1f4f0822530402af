import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { nominations } from './nominations';

/**
 * Readers' star ratings, one per reader and example, changeable. The reader is known only by a keyed hash
 * of an anonymous cookie; the address only by a keyed hash, kept for the rate limits and forgotten after
 * two days (lib/outreach/ratings.ts). Like views, ratings do not move the public data version.
 */
export const exampleRatings = pgTable(
  'example_ratings',
  {
    nominationId: uuid('nomination_id')
      .notNull()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    voterHash: text('voter_hash').notNull(),
    stars: smallint('stars').notNull(),
    addressHash: text('address_hash'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.nominationId, t.voterHash] }),
    index('example_ratings_address_idx')
      .on(t.addressHash, t.updatedAt)
      .where(sql`address_hash is not null`),
    check('example_ratings_stars_check', sql`${t.stars} between 1 and 5`),
  ],
);
