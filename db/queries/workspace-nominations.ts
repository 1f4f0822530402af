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
export async function listUnitNominations(
  db: Db,
  { unitId, status, campaignId, year }: { unitId: number; status?: NominationStatus; campaignId?: number; year?: number },
) {
  const conditions: SQL[] = [eq(nominations.unitId, unitId)];
  if (status) conditions.push(eq(nominations.status, status));
  if (campaignId) conditions.push(eq(nominations.campaignId, campaignId));
  if (year) conditions.push(eq(nominations.year, year));
  return baseQuery(db).where(and(...conditions)).orderBy(desc(nominations.updatedAt));
}

/** Campaigns and years the unit has nominations in, for its filters. */
export async function listUnitNominationFacets(db: Db, { unitId }: { unitId: number }) {
  const rows = await db
    .selectDistinct({ campaignId: campaigns.id, campaign: campaigns.shortName, year: nominations.year })
    .from(nominations)
    .innerJoin(campaigns, eq(campaigns.id, nominations.campaignId))
    .where(eq(nominations.unitId, unitId));
  const campaignsSeen = new Map(rows.map((r) => [r.campaignId, r.campaign]));
  return { campaigns: [...campaignsSeen].map(([id, name]) => ({ id, name })), years: [...new Set(rows.map((r) => r.year))].sort((a, b) => b - a) };
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
