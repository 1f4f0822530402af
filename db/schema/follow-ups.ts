import { index, integer, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid, bigint } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { attachments, nominationEvents, nominations } from './nominations';
import type { FollowUpState, ModelStatus } from '@/lib/domain/follow-ups';

/**
 * A yearly follow-up of an approved example: filed by its unit, confirmed by a reviewer in scope. Only
 * confirmed ones are public. Written only by the transition applier's steps (file_follow_up, confirm_follow_up).
 */
export const exampleFollowUps = pgTable(
  'example_follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    nominationId: uuid('nomination_id')
      .notNull()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    year: smallint('year').notNull(),
    modelStatus: text('model_status').$type<ModelStatus>().notNull(),
    householdsStillOut: integer('households_still_out').notNull(),
    householdsFellBack: integer('households_fell_back').notNull(),
    newHouseholds: integer('new_households').notNull(),
    note: text('note').notNull().default(''),
    // A photo of the model this year; public only once the follow-up is confirmed and the example published.
    photoId: uuid('photo_id').references(() => attachments.id, { onDelete: 'set null' }),
    state: text('state').$type<FollowUpState>().notNull().default('filed'),
    reportedBy: text('reported_by').references(() => users.id),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull().defaultNow(),
    filedEventId: bigint('filed_event_id', { mode: 'number' }).references(() => nominationEvents.id),
    confirmedBy: text('confirmed_by').references(() => users.id),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('example_follow_ups_year_idx').on(t.nominationId, t.year), index('example_follow_ups_state_idx').on(t.state, t.confirmedAt)],
);

/** Examples the model was replicated into during the year the follow-up covers. */
export const exampleFollowUpReplications = pgTable(
  'example_follow_up_replications',
  {
    followUpId: uuid('follow_up_id')
      .notNull()
      .references(() => exampleFollowUps.id, { onDelete: 'cascade' }),
    replicaId: uuid('replica_id')
      .notNull()
      .references(() => nominations.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.followUpId, t.replicaId] })],
);
