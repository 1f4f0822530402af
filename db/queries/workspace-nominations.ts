import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { SessionUser } from '@/lib/auth/types';
import type { NominationStatus } from '@/lib/domain/vocabulary';
import type { Db } from '../client';
import { adminUnits, campaigns, nominationEvents, nominations, units } from '../schema';

const rowColumns = {
  id: nominations.id,
  title: nominations.title,
  nomineeName: nominations.nomineeName,
  status: nominations.status,
  year: nominations.year,
  campaign: campaigns.shortName,
  communeName: adminUnits.fullName,
  unitName: units.name,
  submittedAt: nominations.submittedAt,
  updatedAt: nominations.updatedAt,
};

function baseQuery(db: Db) {
  return db
    .select({
      ...rowColumns,
      // The reviewer's latest word to the unit (return or reject reason), if any.
      lastComment: sql<string | null>`(
        select e.comment from ${nominationEvents} e
        where e.nomination_id = ${nominations.id} and e.to_status in ('returned', 'rejected') and e.comment is not null
        order by e.id desc limit 1)`,
    })
    .from(nominations)
    .innerJoin(campaigns, eq(campaigns.id, nominations.campaignId))
    .innerJoin(units, eq(units.id, nominations.unitId))
    .leftJoin(adminUnits, and(eq(adminUnits.tree, nominations.communeTree), eq(adminUnits.code, nominations.communeCode)));
}

/** Every nomination of one unit, whatever its state; only that unit's members call this. */
export async function listUnitNominations(db: Db, { unitId, status }: { unitId: number; status?: NominationStatus }) {
  const conditions: SQL[] = [eq(nominations.unitId, unitId)];
  if (status) conditions.push(eq(nominations.status, status));
  return baseQuery(db).where(and(...conditions)).orderBy(desc(nominations.updatedAt));
}

/** SQL form of permissions.isInReviewerScope; an admin sees every area. */
export function reviewScopeCondition(user: SessionUser): SQL | undefined {
  if (user.role === 'admin') return undefined;
  if (user.role !== 'reviewer' || !user.scope) return sql`false`;
  const { tree, code } = user.scope;
  if (tree === '2025') return eq(nominations.provinceCodeNew, code);
  return code.length === 3 ? eq(nominations.districtCode, code) : eq(nominations.provinceCodeOld, code);
}

/** Nominations in the reviewer's scope in the given states, oldest submission first. */
export async function listReviewQueue(db: Db, { user, statuses }: { user: SessionUser; statuses: NominationStatus[] }) {
  const scope = reviewScopeCondition(user);
  const conditions: SQL[] = [inArray(nominations.status, statuses)];
  if (scope) conditions.push(scope);
  return baseQuery(db).where(and(...conditions)).orderBy(asc(nominations.submittedAt), asc(nominations.createdAt));
}
