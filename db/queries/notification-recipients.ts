import { and, asc, eq, ne, or, sql, type SQL } from 'drizzle-orm';
import { NOTIFICATION_AUDIENCE, type NotificationKind } from '@/lib/domain/notification-kinds';
import type { Executor } from '../client';
import { nominations, notifications, users } from '../schema';

/**
 * permissions.isInReviewerScope with the reviewer as the variable side: which reviewers' scope holds
 * this nomination. Must stay in step with it and with reviewScopeCondition.
 */
const reviewerScopeHoldsNomination: SQL = or(
  and(eq(users.scopeTree, '2025'), eq(users.scopeCode, nominations.provinceCodeNew)),
  and(ne(users.scopeTree, '2025'), sql`length(${users.scopeCode}) = 3`, eq(users.scopeCode, nominations.districtCode)),
  and(ne(users.scopeTree, '2025'), sql`length(${users.scopeCode}) <> 3`, eq(users.scopeCode, nominations.provinceCodeOld)),
)!;

/**
 * Active people who hear about this kind of event on this nomination, never the one who acted.
 * Reviewers of the nominating unit are included on a submission: they cannot decide on it, but it
 * is still new work in their area that they should know about.
 */
export async function findRecipients(
  db: Executor,
  { nominationId, kind, actorId }: { nominationId: string; kind: NotificationKind; actorId: string },
): Promise<string[]> {
  const audience =
    NOTIFICATION_AUDIENCE[kind] === 'reviewers'
      ? and(eq(users.role, 'reviewer'), reviewerScopeHoldsNomination)
      : and(eq(users.role, 'unit_member'), eq(users.unitId, nominations.unitId));
  const rows = await db
    .select({ id: users.id })
    .from(nominations)
    .innerJoin(users, audience)
    .where(and(eq(nominations.id, nominationId), eq(users.active, true), ne(users.id, actorId)))
    .orderBy(asc(users.id));
  return rows.map((r) => r.id);
}

export interface NotificationEvent {
  nominationId: string;
  /** The nomination_events row behind this, whose comment the list shows; null when there is none. */
  eventId: number | null;
  kind: NotificationKind;
  actorId: string;
}

/**
 * Call with the transaction that records the event: the rows commit or roll back with it.
 * Rows start with emailed_at null, which is what a mail sender will look for.
 */
export async function recordNotifications(tx: Executor, event: NotificationEvent): Promise<string[]> {
  const recipients = await findRecipients(tx, event);
  if (recipients.length === 0) return [];
  await tx
    .insert(notifications)
    .values(recipients.map((recipientId) => ({ recipientId, nominationId: event.nominationId, eventId: event.eventId, kind: event.kind })));
  return recipients;
}
