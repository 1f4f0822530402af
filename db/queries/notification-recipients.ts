import { and, asc, eq, ne, or, sql, type SQL } from 'drizzle-orm';
import { NOTIFICATION_AUDIENCE, type Audience, type NotificationKind } from '@/lib/domain/notification-kinds';
import type { Executor } from '../client';
import { campaignReviewLevels, nominations, notifications, users } from '../schema';
import { queueNotificationMails } from './mail-outbox';

/**
 * permissions.isInReviewerScope with the reviewer as the variable side: which reviewers' scope holds
 * this nomination. Must stay in step with it and with reviewScopeCondition.
 */
export const reviewerScopeHoldsNomination: SQL = or(
  and(sql`length(${users.scopeCode}) = 5`, eq(users.scopeTree, '2024'), eq(nominations.communeTree, '2024'), eq(users.scopeCode, nominations.communeCode)),
  and(
    sql`length(${users.scopeCode}) = 5`,
    eq(users.scopeTree, '2025'),
    or(
      and(eq(nominations.communeTree, '2025'), eq(users.scopeCode, nominations.communeCode)),
      sql`${users.scopeCode} = any(${nominations.currentCommuneCodes})`,
    ),
  ),
  and(eq(users.scopeTree, '2025'), sql`length(${users.scopeCode}) = 2`, eq(users.scopeCode, nominations.provinceCodeNew)),
  and(ne(users.scopeTree, '2025'), sql`length(${users.scopeCode}) = 3`, eq(users.scopeCode, nominations.districtCode)),
  and(ne(users.scopeTree, '2025'), sql`length(${users.scopeCode}) = 2`, eq(users.scopeCode, nominations.provinceCodeOld)),
)!;

/** review-levels.scopeKind in SQL: the reviewer's scope is of the kind of area the dossier's current level covers. */
const reviewerAtCurrentLevel: SQL = sql`exists (
  select 1 from ${campaignReviewLevels}
   where ${campaignReviewLevels.campaignId} = ${nominations.campaignId}
     and ${campaignReviewLevels.position} = coalesce(${nominations.reviewLevel}, 0)
     and ${campaignReviewLevels.areaKind} = case length(${users.scopeCode})
           when 5 then 'commune' when 3 then 'district' when 2 then 'province' end)`;

function audienceCondition(audience: Audience): SQL {
  if (audience === 'reviewers') return and(eq(users.role, 'reviewer'), reviewerScopeHoldsNomination, reviewerAtCurrentLevel)!;
  if (audience === 'assignee') return eq(users.id, nominations.assignedTo);
  return and(eq(users.role, 'unit_member'), eq(users.unitId, nominations.unitId))!;
}

/**
 * Active people who hear about this kind of event on this nomination, never the one who acted.
 * Reviewers of the nominating unit are included: they cannot decide on it, but it is still work in
 * their area that they should know about.
 */
export async function findRecipients(
  db: Executor,
  { nominationId, kind, actorId }: { nominationId: string; kind: NotificationKind; actorId: string },
): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(nominations)
    .innerJoin(users, or(...NOTIFICATION_AUDIENCE[kind].map(audienceCondition)))
    .where(and(eq(nominations.id, nominationId), eq(users.active, true), ne(users.id, actorId)))
    .orderBy(asc(users.id));
  return [...new Set(rows.map((r) => r.id))];
}

export interface NotificationEvent {
  nominationId: string;
  /** The nomination_events row behind this, whose comment the list shows; null when there is none. */
  eventId: number | null;
  kind: NotificationKind;
  actorId: string;
}

/**
 * Call with the transaction that records the event: the rows, and the outbox mails of those who want mail
 * at once (db/queries/mail-outbox.ts), commit or roll back with it. Every notification path comes here.
 */
export async function recordNotifications(tx: Executor, event: NotificationEvent): Promise<string[]> {
  const recipients = await findRecipients(tx, event);
  if (recipients.length === 0) return [];
  const inserted = await tx
    .insert(notifications)
    .values(recipients.map((recipientId) => ({ recipientId, nominationId: event.nominationId, eventId: event.eventId, kind: event.kind })))
    .returning({ id: notifications.id });
  await queueNotificationMails(
    tx,
    inserted.map((r) => r.id),
  );
  return recipients;
}
