import { bigint, boolean, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { MailKind, MailStatus } from '@/lib/domain/mail-preferences';
import { users } from './auth';

/**
 * The outbox: a mail is a row written in the transaction of the event it tells about, and a background
 * sender (lib/mail/sender.ts) delivers it later. A request never talks to the SMTP server.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    kind: text('kind').$type<MailKind>().notNull(),
    recipientId: text('recipient_id').references(() => users.id, { onDelete: 'set null' }),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    /** Chosen before the first attempt and sent on every attempt, so a resend is recognisably the same mail. */
    messageId: text('message_id').notNull().unique(),
    /** One digest per user per day ("digest:<user>:<yyyy-mm-dd>"); null for other mails. */
    dedupeKey: text('dedupe_key').unique(),
    /** A set-up link: its body is blanked once sent, so the token does not stay readable in the console. */
    sensitive: boolean('sensitive').notNull().default(false),
    status: text('status').$type<MailStatus>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    /** While status is 'sending': the claim holds until then; past it another sender may take the mail over. */
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    claimToken: text('claim_token'),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('mail_outbox_due_idx').on(t.status, t.nextAttemptAt), index('mail_outbox_created_idx').on(t.createdAt)],
);
