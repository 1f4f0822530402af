import { integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * How many published examples fall under each facet choice of the unfiltered registry, kept exact by
 * statement triggers on nominations (migration 0011). Dimensions: year, kind, field, campaign (by id),
 * province ("2025:code" and "2024:code") and district; a key that reaches zero is deleted.
 */
export const publicFacetCounts = pgTable(
  'public_facet_counts',
  {
    dimension: text('dimension').notNull(),
    key: text('key').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.dimension, t.key] })],
);
