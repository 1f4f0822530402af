import { sql } from 'drizzle-orm';
import { bigint, check, date, integer, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { nominations } from './nominations';

/**
 * How often an example's page was seen, per day (Vietnam's calendar day). Nothing about the visitors: the
 * server counts in memory (lib/outreach/view-counter.ts) and adds its counts here with additive upserts,
 * so several processes flushing at once add up. No public data version trigger: a view is not a change.
 */
export const exampleDailyViews = pgTable(
  'example_daily_views',
  {
    nominationId: uuid('nomination_id')
      .notNull()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    views: integer('views').notNull(),
  },
  (t) => [primaryKey({ columns: [t.nominationId, t.day] }), check('example_daily_views_views_check', sql`${t.views} > 0`)],
);

/** The same counts summed over all days, kept by the same flush: pages, the API and /stats read one row per example. */
export const exampleViewTotals = pgTable(
  'example_view_totals',
  {
    nominationId: uuid('nomination_id')
      .primaryKey()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    views: bigint('views', { mode: 'number' }).notNull(),
  },
  (t) => [check('example_view_totals_views_check', sql`${t.views} >= 0`)],
);
