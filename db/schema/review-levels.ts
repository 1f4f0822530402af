import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, pgTable, primaryKey, smallint, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { LevelAreaKind } from '@/lib/domain/review-levels';
import type { ObjectionStatus } from '@/lib/domain/notice';
import { users } from './auth';
import { nominations } from './nominations';
import { campaigns } from './units';

/** A campaign's review levels, lowest first; the last one decides (lib/domain/review-levels.ts). */
export const campaignReviewLevels = pgTable(
  'campaign_review_levels',
  {
    campaignId: integer('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    name: text('name').notNull(),
    areaKind: text('area_kind').$type<LevelAreaKind>().notNull(),
    decides: boolean('decides').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.position] })],
);

/** A campaign's checklist of criteria, in the order reviewers score them. */
export const campaignCriteria = pgTable(
  'campaign_criteria',
  {
    campaignId: integer('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    position: smallint('position').notNull(),
    label: text('label').notNull(),
    description: text('description').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.key] })],
);

/** A reviewer's score of one criterion at one level, with a short note; the next level reads them. */
export const nominationScores = pgTable(
  'nomination_scores',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    nominationId: uuid('nomination_id')
      .notNull()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    reviewLevel: smallint('review_level').notNull(),
    criterionKey: text('criterion_key').notNull(),
    reviewerId: text('reviewer_id')
      .notNull()
      .references(() => users.id),
    score: smallint('score').notNull(),
    note: text('note').notNull().default(''),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('nomination_scores_one_per_reviewer').on(t.nominationId, t.reviewLevel, t.criterionKey, t.reviewerId),
    check('nomination_scores_range', sql`${t.score} between 1 and 5`),
  ],
);

/**
 * Citizens' opinions on a dossier in public notice (góp ý, phản ánh). The contact is private: only
 * reviewers at the deciding level read it, to verify. The address is kept only as a salted hash, for
 * the rate limit.
 */
export const noticeObjections = pgTable(
  'notice_objections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    nominationId: uuid('nomination_id')
      .notNull()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    authorName: text('author_name').notNull(),
    contact: text('contact').notNull(),
    content: text('content').notNull(),
    addressHash: text('address_hash'),
    status: text('status').$type<ObjectionStatus>().notNull().default('open'),
    handledBy: text('handled_by').references(() => users.id),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    handlingNote: text('handling_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('notice_objections_nomination_idx').on(t.nominationId, t.createdAt), index('notice_objections_address_idx').on(t.addressHash, t.createdAt)],
);
