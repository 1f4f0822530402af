import { and, asc, count, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { SessionUser } from '@/lib/domain/actor';
import type { NominationStatus, Field, NomineeKind } from '@/lib/domain/vocabulary';
import type { Db } from '../client';
import { adminUnits, campaignReviewLevels, campaigns, nominationEvents, nominations, units, users } from '../schema';

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
  assignedTo: nominations.assignedTo,
  // "Cấp huyện": the level a dossier under review is at.
  levelName: sql<string | null>`(
    select l.name from ${campaignReviewLevels} l
    where l.campaign_id = ${nominations.campaignId} and l.position = ${nominations.reviewLevel}
      and ${nominations.status} in ('submitted', 'in_notice'))`,
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
  return baseQuery(db)
    .where(and(...conditions))
    .orderBy(desc(nominations.updatedAt));
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
  if (code.length === 5) {
    return tree === '2024'
      ? and(eq(nominations.communeTree, '2024'), eq(nominations.communeCode, code))
      : or(and(eq(nominations.communeTree, '2025'), eq(nominations.communeCode, code)), sql`${code} = any(${nominations.currentCommuneCodes})`);
  }
  if (tree === '2025') return eq(nominations.provinceCodeNew, code);
  return code.length === 3 ? eq(nominations.districtCode, code) : eq(nominations.provinceCodeOld, code);
}

export interface QueueFilter {
  /** "tree:code" of a commune; a new-tree code also finds records under the old communes it absorbed. */
  commune?: string;
  unitId?: number;
  campaignId?: number;
  year?: number;
  kind?: NomineeKind;
  field?: Field;
  /** Only dossiers at the level this reviewer works at (their scope's kind of area). */
  atMyLevel?: boolean;
  /** Only dossiers assigned to this user; or, with `unassigned`, held by nobody. */
  assignedTo?: string;
  unassigned?: boolean;
}

/** review-levels.levelOfScope in SQL: the dossier sits at the level whose kind of area is the reviewer's scope's. */
function atLevelOf(user: SessionUser): SQL {
  const kind = !user.scope ? null : user.scope.code.length === 5 ? 'commune' : user.scope.code.length === 3 ? 'district' : 'province';
  return sql`exists (select 1 from ${campaignReviewLevels} l where l.campaign_id = ${nominations.campaignId}
    and l.position = coalesce(${nominations.reviewLevel}, 0) and l.area_kind = ${kind})`;
}

function queueConditions(user: SessionUser, statuses: NominationStatus[], filter: QueueFilter = {}): SQL[] {
  const scope = reviewScopeCondition(user);
  const conditions: SQL[] = [inArray(nominations.status, statuses)];
  if (scope) conditions.push(scope);
  if (filter.commune) {
    const [tree, code] = filter.commune.split(':');
    conditions.push(
      tree === '2025'
        ? sql`(${nominations.communeTree} = '2025' and ${nominations.communeCode} = ${code} or ${code} = any(${nominations.currentCommuneCodes}))`
        : and(eq(nominations.communeTree, '2024'), eq(nominations.communeCode, code ?? ''))!,
    );
  }
  if (filter.unitId) conditions.push(eq(nominations.unitId, filter.unitId));
  if (filter.campaignId) conditions.push(eq(nominations.campaignId, filter.campaignId));
  if (filter.year) conditions.push(eq(nominations.year, filter.year));
  if (filter.kind) conditions.push(eq(nominations.nomineeKind, filter.kind));
  if (filter.field) conditions.push(eq(nominations.field, filter.field));
  if (filter.atMyLevel && user.role !== 'admin') conditions.push(atLevelOf(user));
  if (filter.assignedTo) conditions.push(eq(nominations.assignedTo, filter.assignedTo));
  if (filter.unassigned) conditions.push(isNull(nominations.assignedTo));
  return conditions;
}

/** Who holds how many dossiers under review in this person's scope: the workload a lead balances. */
export async function listReviewWorkload(db: Db, { user }: { user: SessionUser }) {
  const scope = reviewScopeCondition(user);
  return db
    .select({ reviewerId: users.id, name: users.name, n: count() })
    .from(nominations)
    .innerJoin(users, eq(users.id, nominations.assignedTo))
    .where(and(inArray(nominations.status, ['submitted', 'in_notice']), ...(scope ? [scope] : [])))
    .groupBy(users.id, users.name)
    .orderBy(desc(count()), asc(users.name));
}

/** Nominations in the reviewer's scope in the given states, oldest submission first. */
export async function listReviewQueue(db: Db, { user, statuses, filter }: { user: SessionUser; statuses: NominationStatus[]; filter?: QueueFilter }) {
  return baseQuery(db)
    .where(and(...queueConditions(user, statuses, filter)))
    .orderBy(asc(nominations.submittedAt), asc(nominations.createdAt));
}

/** How many nominations of the tab each filter choice holds, for the filter labels. */
export async function countReviewQueue(db: Db, { user, statuses }: { user: SessionUser; statuses: NominationStatus[] }) {
  const rows = await db
    .select({
      commune: sql<string>`${nominations.communeTree} || ':' || ${nominations.communeCode}`,
      communeName: adminUnits.fullName,
      unitId: nominations.unitId,
      unitName: units.name,
      campaignId: nominations.campaignId,
      campaign: campaigns.shortName,
      year: nominations.year,
      kind: nominations.nomineeKind,
      field: nominations.field,
    })
    .from(nominations)
    .innerJoin(campaigns, eq(campaigns.id, nominations.campaignId))
    .innerJoin(units, eq(units.id, nominations.unitId))
    .leftJoin(adminUnits, and(eq(adminUnits.tree, nominations.communeTree), eq(adminUnits.code, nominations.communeCode)))
    .where(and(...queueConditions(user, statuses)));
  const tally = <K extends string | number>(key: (r: (typeof rows)[number]) => K, label: (r: (typeof rows)[number]) => string) => {
    const map = new Map<K, { value: K; label: string; count: number }>();
    for (const r of rows) {
      const k = key(r);
      const entry = map.get(k) ?? { value: k, label: label(r), count: 0 };
      entry.count += 1;
      map.set(k, entry);
    }
    return [...map.values()].sort((a, b) => a.label.localeCompare(b.label, 'vi'));
  };
  return {
    total: rows.length,
    communes: tally(
      (r) => r.commune,
      (r) => r.communeName ?? r.commune,
    ),
    units: tally(
      (r) => r.unitId,
      (r) => r.unitName,
    ),
    campaigns: tally(
      (r) => r.campaignId,
      (r) => r.campaign,
    ),
    years: tally(
      (r) => r.year,
      (r) => String(r.year),
    ),
    kinds: tally(
      (r) => r.kind,
      (r) => r.kind,
    ),
    fields: tally(
      (r) => r.field,
      (r) => r.field,
    ),
  };
}
