import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { UpdateStatus, VersionedField, VersionedValues } from '@/lib/domain/example-versions';
import { users } from './auth';
import { attachments, nominations } from './nominations';

/**
 * A unit's proposed correction of an approved example. The published row does not change until a
 * reviewer of the deciding level approves it; at most one proposal per example is pending.
 */
export const exampleUpdates = pgTable(
  'example_updates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    nominationId: uuid('nomination_id')
      .notNull()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    status: text('status').$type<UpdateStatus>().notNull().default('pending'),
    fields: jsonb('fields').$type<VersionedValues>().notNull(),
    changed: text('changed').array().$type<VersionedField[]>().notNull(),
    // The published version the unit saw when proposing: what the reviewer's diff compares against.
    baseVersion: smallint('base_version').notNull(),
    note: text('note').notNull().default(''),
    proposedBy: text('proposed_by').references(() => users.id),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
    decidedBy: text('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    reason: text('reason'),
  },
  (t) => [
    index('example_updates_nomination_idx').on(t.nominationId, t.proposedAt),
    uniqueIndex('example_updates_one_pending_idx')
      .on(t.nominationId)
      .where(sql`status = 'pending'`),
  ],
);

/** Every published version of an example: 1 is the example as first approved, n+1 an approved update. */
export const exampleVersions = pgTable(
  'example_versions',
  {
    nominationId: uuid('nomination_id')
      .notNull()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    n: smallint('n').notNull(),
    fields: jsonb('fields').$type<VersionedValues>().notNull(),
    changed: text('changed').array().$type<VersionedField[]>().notNull(),
    updateId: uuid('update_id').references(() => exampleUpdates.id),
    // Photos the approved update added to the gallery (they are not part of the versioned text fields).
    photosAdded: smallint('photos_added').notNull().default(0),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.nominationId, t.n] })],
);

/**
 * Photos a unit attaches to its proposal. They stay private (attachments.is_public false) until the
 * proposal is approved; a withdrawn or rejected proposal's photos stay private with it.
 */
export const exampleUpdatePhotos = pgTable(
  'example_update_photos',
  {
    updateId: uuid('update_id')
      .notNull()
      .references(() => exampleUpdates.id, { onDelete: 'cascade' }),
    attachmentId: uuid('attachment_id')
      .notNull()
      .references(() => attachments.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.updateId, t.attachmentId] }), uniqueIndex('example_update_photos_attachment_idx').on(t.attachmentId)],
);

/** A slug an example had before a title change, answered with a permanent redirect to its current slug. */
export const slugRedirects = pgTable(
  'slug_redirects',
  {
    oldSlug: text('old_slug').primaryKey(),
    nominationId: uuid('nomination_id')
      .notNull()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('slug_redirects_nomination_idx').on(t.nominationId)],
);

export type ExampleUpdateRow = typeof exampleUpdates.$inferSelect;
