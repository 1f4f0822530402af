import 'server-only';
import { and, asc, eq, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { nominations, users } from '@/db/schema';
import type { NotificationKind } from './kinds';

/** Who hears about each kind: a submission goes to the reviewers, every decision back to the unit. */
export const NOTIFICATION_AUDIENCE: Record<NotificationKind, 'reviewers' | 'unit'> = {
  submitted: 'reviewers',
  returned: 'unit',
  approved: 'unit',
  rejected: 'unit',
  commended: 'unit',
  unpublished: 'unit',
  republished: 'unit',
};

export type Executor = Pick<Db, 'select' | 'insert'>;

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
 * Reviewers of the nominating unit are included on a submission: they cannot decide on it, but it
 * is still new work in their area that they should know about.
 */
export async function findRecipients(
  tx: Executor,
  { nominationId, kind, actorId }: { nominationId: string; kind: NotificationKind; actorId: string },
): Promise<string[]> {
  const audience =
    NOTIFICATION_AUDIENCE[kind] === 'reviewers'
      ? and(eq(users.role, 'reviewer'), reviewerScopeHoldsNomination)
      : and(eq(users.role, 'unit_member'), eq(users.unitId, nominations.unitId));
  const rows = await tx
    .select({ id: users.id })
    .from(nominations)
    .innerJoin(users, audience)
    .where(and(eq(nominations.id, nominationId), eq(users.active, true), ne(users.id, actorId)))
    .orderBy(asc(users.id));
  return rows.map((r) => r.id);
}
