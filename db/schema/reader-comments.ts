import { sql } from 'drizzle-orm';
import { bigint, check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { CommentStatus } from '@/lib/domain/reader-comments';
import { users } from './auth';
import { nominations } from './nominations';

/**
 * A reader's comment on a published example (ý kiến bạn đọc). Nothing shows before a moderator publishes
 * it. The e-mail is for the moderators alone: no public query selects it. The address is kept only as a
 * salted hash, for the rate limit.
 */
export const exampleComments = pgTable(
  'example_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    nominationId: uuid('nomination_id')
      .notNull()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    authorName: text('author_name').notNull(),
    authorEmail: text('author_email'),
    content: text('content').notNull(),
    status: text('status').$type<CommentStatus>().notNull().default('pending'),
    addressHash: text('address_hash'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** The first publication: a comment hidden and published again tells the unit only once. */
    firstPublishedAt: timestamp('first_published_at', { withTimezone: true }),
    /** The last moderation, denormalised from the events for the queue; the events keep every step. */
    moderatedBy: text('moderated_by').references(() => users.id),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
    hiddenReason: text('hidden_reason'),
  },
  (t) => [
    index('example_comments_status_idx').on(t.status, t.createdAt),
    index('example_comments_address_idx').on(t.addressHash, t.createdAt),
    index('example_comments_nomination_idx').on(t.nominationId, t.createdAt),
    // What the cards count and the page lists: the published comments of an example, and only those.
    index('example_comments_published_idx')
      .on(t.nominationId, t.createdAt)
      .where(sql`${t.status} = 'published'`),
    check('example_comments_status_check', sql`${t.status} in ('pending', 'published', 'hidden')`),
    check('example_comments_content_check', sql`char_length(${t.content}) between 1 and 1500`),
    check('example_comments_name_check', sql`char_length(${t.authorName}) between 1 and 80`),
    check('example_comments_hidden_check', sql`(${t.status} = 'hidden') = (${t.hiddenReason} is not null)`),
  ],
);

/** Who published or hid a comment, when and why: appended by the one applier, never updated. */
export const exampleCommentEvents = pgTable(
  'example_comment_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    commentId: uuid('comment_id')
      .notNull()
      .references(() => exampleComments.id, { onDelete: 'cascade' }),
    actorId: text('actor_id')
      .notNull()
      .references(() => users.id),
    fromStatus: text('from_status').$type<CommentStatus>().notNull(),
    toStatus: text('to_status').$type<CommentStatus>().notNull(),
    reason: text('reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('example_comment_events_comment_idx').on(t.commentId, t.createdAt)],
);
