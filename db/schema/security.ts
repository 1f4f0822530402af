import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './auth';

/**
 * Append-only (a trigger refuses UPDATE and DELETE): who did what, when, from where. The one change the
 * trigger allows is a rolled-up row (`rollup_key` set: repeated identical denials) counting one more repeat.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    action: text('action').notNull(),
    actorUserId: text('actor_user_id'),
    actorEmail: text('actor_email'),
    targetType: text('target_type'),
    targetId: text('target_id'),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    /** Identifies repeats of the same denial; null for rows that are never rolled up. */
    rollupKey: text('rollup_key'),
    repeatCount: integer('repeat_count').notNull().default(1),
    /** When the last repeat happened (rolled-up rows only). */
    lastAt: timestamp('last_at', { withTimezone: true }),
  },
  (t) => [
    index('audit_events_at_idx').on(t.at),
    index('audit_events_action_idx').on(t.action, t.at),
    index('audit_events_actor_idx').on(t.actorUserId, t.at),
    index('audit_events_rollup_idx')
      .on(t.rollupKey, t.at)
      .where(sql`rollup_key IS NOT NULL`),
    index('audit_events_anonymous_idx')
      .on(t.ipAddress, t.at)
      .where(sql`actor_user_id IS NULL`),
  ],
);

/**
 * Sign-in counters shared by every process: per pair of address and account ("pair:…", failures that lock),
 * per address ("ip:…", failures that lock) and per account ("email:…", password checks that are only spaced out).
 */
export const loginThrottles = pgTable(
  'login_throttles',
  {
    key: text('key').primaryKey(),
    failures: integer('failures').notNull().default(0),
    windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    /** Account rows: the earliest time the next password check may run. */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    /** Pair rows: the last successful sign-in from this address to this account. */
    lastSuccessAt: timestamp('last_success_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('login_throttles_updated_idx').on(t.updatedAt)],
);

/** One-time links an admin hands over so a new or reset user chooses a password. Only the hash is kept. */
export const setupTokens = pgTable(
  'setup_tokens',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose').notNull(),
    createdBy: text('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('setup_tokens_user_idx').on(t.userId)],
);
