import { randomUUID } from 'node:crypto';
import { and, desc, eq, gt, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { MailKind, MailPreference } from '@/lib/domain/mail-preferences';
import { digestMail, notificationMail, type MailContent, type NotificationItem } from '@/lib/domain/mail-templates';
import type { Db, Executor } from '../client';
import { mailOutbox, nominationEvents, nominations, notifications, users } from '../schema';

// The outbox (db/schema/mail.ts). Writers add rows inside the transaction of their event; the sender
// (lib/mail/sender.ts) claims, sends and marks them. No function here talks to an SMTP server.

/** The links' base, as siteUrl() in lib/site.ts (which db/ may not import); SITE_URL is validated at start. */
function siteUrl(): string {
  return (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
}

/** "<uuid@host of SITE_URL>": fixed when the row is written, sent on every attempt. */
export function newMessageId(): string {
  let host = 'localhost';
  try {
    host = new URL(siteUrl()).hostname || host;
  } catch {
    // SITE_URL is validated at start; a test without it gets localhost.
  }
  return `<${randomUUID()}@${host}>`;
}

export interface OutboxMail extends MailContent {
  kind: MailKind;
  to: string;
  recipientId?: string | null;
  dedupeKey?: string | null;
  sensitive?: boolean;
}

/** Adds mails to the outbox; call with the event's transaction. Returns the new ids (none for a duplicate dedupe key). */
export async function enqueueMails(tx: Executor, mails: OutboxMail[]): Promise<number[]> {
  if (mails.length === 0) return [];
  const rows = await tx
    .insert(mailOutbox)
    .values(
      mails.map((m) => ({
        kind: m.kind,
        recipientId: m.recipientId ?? null,
        toAddress: m.to,
        subject: m.subject,
        textBody: m.text,
        htmlBody: m.html,
        messageId: newMessageId(),
        dedupeKey: m.dedupeKey ?? null,
        sensitive: m.sensitive ?? false,
      })),
    )
    .onConflictDoNothing({ target: mailOutbox.dedupeKey })
    .returning({ id: mailOutbox.id });
  return rows.map((r) => r.id);
}

const itemColumns = {
  notificationId: notifications.id,
  kind: notifications.kind,
  nominationId: notifications.nominationId,
  title: nominations.title,
  slug: nominations.slug,
  comment: nominationEvents.comment,
  createdAt: notifications.createdAt,
};

/**
 * The one place notifications become mail (recordNotifications calls it): a mail for each new notification
 * whose recipient wants mail at once, in the same transaction, and those notifications are marked emailed so
 * no digest repeats them.
 */
export async function queueNotificationMails(tx: Executor, notificationIds: number[]): Promise<number> {
  if (notificationIds.length === 0) return 0;
  const rows = await tx
    .select({ ...itemColumns, userId: users.id, name: users.name, email: users.email, role: users.role })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.recipientId))
    .innerJoin(nominations, eq(nominations.id, notifications.nominationId))
    .leftJoin(nominationEvents, eq(nominationEvents.id, notifications.eventId))
    .where(and(inArray(notifications.id, notificationIds), eq(users.mailPreference, 'at_once'), eq(users.active, true), sql`${users.email} <> ''`));
  if (rows.length === 0) return 0;
  const base = siteUrl();
  await enqueueMails(
    tx,
    rows.map((r) => ({
      kind: 'notification' as const,
      to: r.email,
      recipientId: r.userId,
      ...notificationMail({ name: r.name, role: r.role, item: r, siteUrl: base }),
    })),
  );
  await tx
    .update(notifications)
    .set({ emailedAt: sql`now()` })
    .where(
      inArray(
        notifications.id,
        rows.map((r) => r.notificationId),
      ),
    );
  return rows.length;
}

/** How far back a digest reaches: someone who turns digests on is not sent months of old news. */
export const DIGEST_LOOKBACK_DAYS = 7;

/**
 * Builds the day's digest for every active user who chose one and has unmailed notifications: one row per
 * user per day (the dedupe key), written with the marking of its notifications in one transaction, so two
 * processes building at once, or a restart the same day, add nothing twice. `day` is the local date.
 */
export async function buildDigests(db: Db, { day }: { day: string }): Promise<number> {
  const waiting = await db
    .selectDistinct({ userId: notifications.recipientId })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.recipientId))
    .where(
      and(
        eq(users.mailPreference, 'daily'),
        eq(users.active, true),
        isNull(notifications.emailedAt),
        gt(notifications.createdAt, sql`now() - make_interval(days => ${DIGEST_LOOKBACK_DAYS})`),
      ),
    );
  let built = 0;
  const base = siteUrl();
  for (const { userId } of waiting) {
    const added = await db.transaction(async (tx) => {
      const [user] = await tx
        .select({ name: users.name, email: users.email, role: users.role, preference: users.mailPreference })
        .from(users)
        .where(eq(users.id, userId))
        .for('update');
      if (!user || user.preference !== 'daily' || !user.email) return false;
      const items: (NotificationItem & { notificationId: number })[] = await tx
        .select(itemColumns)
        .from(notifications)
        .innerJoin(nominations, eq(nominations.id, notifications.nominationId))
        .leftJoin(nominationEvents, eq(nominationEvents.id, notifications.eventId))
        .where(
          and(
            eq(notifications.recipientId, userId),
            isNull(notifications.emailedAt),
            gt(notifications.createdAt, sql`now() - make_interval(days => ${DIGEST_LOOKBACK_DAYS})`),
          ),
        )
        .orderBy(notifications.id);
      if (items.length === 0) return false;
      const ids = await enqueueMails(tx, [
        {
          kind: 'digest',
          to: user.email,
          recipientId: userId,
          dedupeKey: `digest:${userId}:${day}`,
          ...digestMail({ name: user.name, role: user.role, items, day, siteUrl: base }),
        },
      ]);
      // Already built today (another process, or before a restart): leave the notifications for tomorrow.
      if (ids.length === 0) return false;
      await tx
        .update(notifications)
        .set({ emailedAt: sql`now()` })
        .where(
          inArray(
            notifications.id,
            items.map((i) => i.notificationId),
          ),
        );
      return true;
    });
    if (added) built++;
  }
  return built;
}

export interface ClaimedMail {
  id: number;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  messageId: string;
  attempts: number;
  claimToken: string;
}

/**
 * Takes the oldest due mail for this sender: pending and due, or 'sending' with a lapsed lease (its sender
 * died). FOR UPDATE SKIP LOCKED lets several processes claim at once on PostgreSQL without taking the same
 * row; the claim commits before sending, so a crash leaves the row 'sending' until the lease lapses.
 */
export async function claimMail(db: Db, { leaseMs }: { leaseMs: number }): Promise<ClaimedMail | null> {
  const claimToken = randomUUID();
  const due = db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(
      or(
        and(eq(mailOutbox.status, 'pending'), lte(mailOutbox.nextAttemptAt, sql`now()`)),
        and(eq(mailOutbox.status, 'sending'), lt(mailOutbox.leaseUntil, sql`now()`)),
      ),
    )
    .orderBy(mailOutbox.id)
    .limit(1)
    .for('update', { skipLocked: true });
  const [row] = await db
    .update(mailOutbox)
    .set({
      status: 'sending',
      attempts: sql`${mailOutbox.attempts} + 1`,
      leaseUntil: sql`now() + make_interval(secs => ${leaseMs / 1000})`,
      claimToken,
    })
    .where(inArray(mailOutbox.id, due))
    .returning({
      id: mailOutbox.id,
      toAddress: mailOutbox.toAddress,
      subject: mailOutbox.subject,
      textBody: mailOutbox.textBody,
      htmlBody: mailOutbox.htmlBody,
      messageId: mailOutbox.messageId,
      attempts: mailOutbox.attempts,
    });
  return row ? { ...row, claimToken } : null;
}

const SENT_SENSITIVE_BODY = '(Nội dung đã được xóa sau khi gửi vì có đường dẫn đặt mật khẩu.)';

/** Only the holder of the claim marks it; a set-up link's body is blanked once it has left. */
export async function markMailSent(db: Db, { id, claimToken }: { id: number; claimToken: string }): Promise<boolean> {
  const rows = await db
    .update(mailOutbox)
    .set({
      status: 'sent',
      sentAt: sql`now()`,
      leaseUntil: null,
      lastError: null,
      textBody: sql`case when ${mailOutbox.sensitive} then ${SENT_SENSITIVE_BODY} else ${mailOutbox.textBody} end`,
      htmlBody: sql`case when ${mailOutbox.sensitive} then ${SENT_SENSITIVE_BODY} else ${mailOutbox.htmlBody} end`,
    })
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.claimToken, claimToken), eq(mailOutbox.status, 'sending')))
    .returning({ id: mailOutbox.id });
  return rows.length > 0;
}

/** A failed attempt: back to pending after `retryInMs`, or 'failed' for good when `final`. The error text is kept. */
export async function markMailAttemptFailed(
  db: Db,
  { id, claimToken, error, retryInMs, final }: { id: number; claimToken: string; error: string; retryInMs: number; final: boolean },
): Promise<void> {
  await db
    .update(mailOutbox)
    .set({
      status: final ? 'failed' : 'pending',
      leaseUntil: null,
      lastError: error.slice(0, 2000),
      nextAttemptAt: sql`now() + make_interval(secs => ${retryInMs / 1000})`,
    })
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.claimToken, claimToken), eq(mailOutbox.status, 'sending')));
}

export interface OutboxListRow {
  id: number;
  kind: MailKind;
  toAddress: string;
  subject: string;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  nextAttemptAt: Date;
  sentAt: Date | null;
}

/** The admin console's list, newest first. */
export async function listOutbox(db: Db, { limit = 100 }: { limit?: number } = {}): Promise<OutboxListRow[]> {
  return db
    .select({
      id: mailOutbox.id,
      kind: mailOutbox.kind,
      toAddress: mailOutbox.toAddress,
      subject: mailOutbox.subject,
      status: mailOutbox.status,
      attempts: mailOutbox.attempts,
      lastError: mailOutbox.lastError,
      createdAt: mailOutbox.createdAt,
      nextAttemptAt: mailOutbox.nextAttemptAt,
      sentAt: mailOutbox.sentAt,
    })
    .from(mailOutbox)
    .orderBy(desc(mailOutbox.id))
    .limit(Math.min(Math.max(Math.trunc(limit), 1), 500));
}

export async function countOutboxByStatus(db: Db): Promise<Record<string, number>> {
  const rows = await db
    .select({ status: mailOutbox.status, n: sql<number>`count(*)::int` })
    .from(mailOutbox)
    .groupBy(mailOutbox.status);
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

export async function getOutboxMail(db: Db, id: number) {
  const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  return row ?? null;
}

export async function getMailPreference(db: Db, userId: string): Promise<MailPreference | null> {
  const [row] = await db.select({ preference: users.mailPreference }).from(users).where(eq(users.id, userId));
  return row?.preference ?? null;
}

export async function setMailPreference(db: Db, { userId, preference }: { userId: string; preference: MailPreference }): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ mailPreference: preference, updatedAt: sql`now()` })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  return rows.length > 0;
}

/** Mails not yet delivered nor given up on: what /metrics reports as the outbox backlog. */
export async function countOutboxBacklog(db: Db): Promise<number> {
  const counts = await countOutboxByStatus(db);
  return (counts.pending ?? 0) + (counts.sending ?? 0);
}
