import { customType, integer, pgTable, smallint, text, uuid } from 'drizzle-orm/pg-core';
import type { AdminTree, Field, NomineeKind } from '@/lib/domain/vocabulary';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * Every published example's words and facet keys, and nothing else: the sample behind the estimated facets
 * of a large search (db/queries/example-facets.ts) reads this table instead of nominations, where each
 * sampled row's word list had to be fetched from TOAST. Kept by statement triggers on nominations in the
 * same transaction as every write (migration 0028); columns are named as in nominations so that the
 * filters (exampleConditions) read either table. Published means status 'approved'.
 */
export const publicExampleWords = pgTable('public_example_words', {
  // The nomination's id; no foreign key, as for public_facet_counts: the triggers delete with the example.
  id: uuid('id').primaryKey(),
  year: smallint('year').notNull(),
  nomineeKind: text('nominee_kind').$type<NomineeKind>().notNull(),
  field: text('field').$type<Field>().notNull(),
  campaignId: integer('campaign_id').notNull(),
  communeTree: text('commune_tree').$type<AdminTree>().notNull(),
  communeCode: text('commune_code').notNull(),
  districtCode: text('district_code'),
  provinceCodeOld: text('province_code_old'),
  provinceCodeNew: text('province_code_new'),
  currentCommuneCodes: text('current_commune_codes').array().notNull(),
  // Kept in the row (STORAGE MAIN, migration 0028): reading it from TOAST was the cost this table removes.
  searchWords: tsvector('search_words').notNull(),
});
