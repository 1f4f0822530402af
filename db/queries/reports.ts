import 'server-only';
import { and, asc, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { SessionUser } from '@/lib/domain/actor';
import type { AdminTree } from '@/lib/domain/vocabulary';
import { collator } from '@/lib/domain/fold';
import { METRIC_KEYS, type CommuneReportRow, type LevelReportRow, type ReportFigures, type SeasonReport, type UnitReportRow } from '@/lib/domain/reports';
import type { Db } from '../client';
import { adminUnitMappings, adminUnits, campaignReviewLevels, campaigns, nominationEvents, nominations, units } from '../schema';
import { reviewScopeCondition } from './nomination-queues';
import { REPORT_STATEMENT_TIMEOUT_MS, withStatementTimeout } from '../statement-timeout';

/** A province (level 1, either tree) or an old-tree district (level 2). */
export interface ReportArea {
  tree: AdminTree;
  code: string;
  level: 1 | 2;
}

export interface SeasonReportQuery {
  user: SessionUser;
  campaignId: number;
  year: number;
  area: ReportArea | null;
}

function areaCondition(area: ReportArea): SQL {
  if (area.level === 2) return eq(nominations.districtCode, area.code);
  return area.tree === '2025' ? eq(nominations.provinceCodeNew, area.code) : eq(nominations.provinceCodeOld, area.code);
}

/** Drafts never count; the reviewer's scope always applies, whatever area was asked for. */
function reportConditions({ user, campaignId, year, area }: Omit<SeasonReportQuery, 'year'> & { year?: number }): SQL {
  const parts: SQL[] = [eq(nominations.campaignId, campaignId), ne(nominations.status, 'draft')];
  if (year !== undefined) parts.push(eq(nominations.year, year));
  const scope = reviewScopeCondition(user);
  if (scope) parts.push(scope);
  if (area) parts.push(areaCondition(area));
  return and(...parts)!;
}

// Spelled out: drizzle leaves columns unqualified in a one-table select, and inside these
// subqueries a bare "id" would mean the inner table's own id.
const approved = sql`"nominations"."status" in ('approved', 'unpublished')`;
const everReturned = sql`exists (select 1 from nomination_events ev where ev.nomination_id = "nominations"."id" and ev.to_status = 'returned')`;
const commended = sql`exists (select 1 from commendations cm where cm.nomination_id = "nominations"."id")`;
const approvedSum = (column: string) =>
  sql<number>`coalesce(sum(${sql.raw(`"nominations"."${column}"`)}) filter (where ${approved}), 0)::bigint`.mapWith(Number);

const figureColumns = {
  submitted: sql<number>`count(*)::int`.mapWith(Number),
  returned: sql<number>`(count(*) filter (where ${everReturned}))::int`.mapWith(Number),
  approved: sql<number>`(count(*) filter (where ${approved}))::int`.mapWith(Number),
  rejected: sql<number>`(count(*) filter (where "nominations"."status" = 'rejected'))::int`.mapWith(Number),
  commended: sql<number>`(count(*) filter (where ${approved} and ${commended}))::int`.mapWith(Number),
  pending: sql<number>`(count(*) filter (where "nominations"."status" = 'submitted'))::int`.mapWith(Number),
  householdsEscaped: approvedSum('households_escaped'),
  nearPoorHelped: approvedSum('near_poor_helped'),
  beneficiaryHouseholds: approvedSum('beneficiary_households'),
  ethnicMinorityHouseholds: approvedSum('ethnic_minority_households'),
  jobsCreated: approvedSum('jobs_created'),
  contributionVnd: approvedSum('contribution_vnd'),
} satisfies Record<keyof ReportFigures, SQL>;

function figuresOf(row: Record<string, unknown>): ReportFigures {
  return Object.fromEntries(METRIC_KEYS.map((k) => [k, Number(row[k] ?? 0)])) as ReportFigures;
}

const commune = alias(adminUnits, 'commune');
const district = alias(adminUnits, 'district');
const province = alias(adminUnits, 'province');

/**
 * The season summary per commune (as recorded, in its own tree), per nominating unit and in total.
 * Counting happens in the database; only names are sorted here, with Vietnamese collation.
 */
export async function getSeasonReport(db: Db, query: SeasonReportQuery): Promise<SeasonReport> {
  return withStatementTimeout(db, REPORT_STATEMENT_TIMEOUT_MS, (tx) => readSeasonReport(tx, query));
}

async function readSeasonReport(db: Db, query: SeasonReportQuery): Promise<SeasonReport> {
  const where = reportConditions(query);
  const [communeRows, unitRows, totalRows] = await Promise.all([
    db
      .select({
        tree: nominations.communeTree,
        code: nominations.communeCode,
        name: commune.fullName,
        districtName: district.fullName,
        provinceName: province.fullName,
        ...figureColumns,
      })
      .from(nominations)
      .leftJoin(commune, and(eq(commune.tree, nominations.communeTree), eq(commune.code, nominations.communeCode)))
      // The district belongs to the old tree: shown only for communes recorded in it.
      .leftJoin(district, and(eq(nominations.communeTree, '2024'), eq(district.tree, '2024'), eq(district.code, nominations.districtCode)))
      .leftJoin(
        province,
        and(
          eq(province.tree, nominations.communeTree),
          eq(province.code, sql`case when ${nominations.communeTree} = '2025' then ${nominations.provinceCodeNew} else ${nominations.provinceCodeOld} end`),
        ),
      )
      .where(where)
      .groupBy(nominations.communeTree, nominations.communeCode, commune.fullName, district.fullName, province.fullName),
    db
      .select({ unitId: units.id, name: units.name, ...figureColumns })
      .from(nominations)
      .innerJoin(units, eq(units.id, nominations.unitId))
      .where(where)
      .groupBy(units.id, units.name),
    db.select(figureColumns).from(nominations).where(where),
  ]);

  const byCommune: CommuneReportRow[] = communeRows
    .map((r) => ({
      tree: r.tree,
      code: r.code,
      name: r.name ?? r.code,
      districtName: r.districtName,
      provinceName: r.provinceName,
      ...figuresOf(r),
    }))
    .sort(
      (a, b) =>
        collator.compare(a.provinceName ?? '', b.provinceName ?? '') ||
        collator.compare(a.districtName ?? '', b.districtName ?? '') ||
        collator.compare(a.name, b.name) ||
        a.tree.localeCompare(b.tree),
    );
  const byUnit: UnitReportRow[] = unitRows.map((r) => ({ unitId: r.unitId, name: r.name, ...figuresOf(r) })).sort((a, b) => collator.compare(a.name, b.name));
  return { byCommune, byUnit, byLevel: await countByLevel(db, query, where), total: figuresOf(totalRows[0] ?? {}) };
}

/** Per level of the campaign: how many of the selected dossiers it forwarded, sent back, rejected or made public. */
async function countByLevel(db: Db, query: SeasonReportQuery, where: SQL): Promise<LevelReportRow[]> {
  const steps = db
    .select({ nominationId: nominationEvents.nominationId, action: nominationEvents.action, level: nominationEvents.reviewLevel })
    .from(nominationEvents)
    .innerJoin(nominations, eq(nominations.id, nominationEvents.nominationId))
    .where(where)
    .as('steps');
  const count = (actions: string[]) =>
    sql<number>`(count(distinct ${steps.nominationId}) filter (where ${steps.action} in (${sql.join(
      actions.map((a) => sql`${a}`),
      sql`, `,
    )})))::int`.mapWith(Number);
  return db
    .select({
      position: campaignReviewLevels.position,
      name: campaignReviewLevels.name,
      forwarded: count(['forward']),
      returned: count(['return', 'return_down']),
      rejected: count(['reject']),
      inNotice: count(['open_notice']),
    })
    .from(campaignReviewLevels)
    .leftJoin(steps, eq(steps.level, campaignReviewLevels.position))
    .where(eq(campaignReviewLevels.campaignId, query.campaignId))
    .groupBy(campaignReviewLevels.position, campaignReviewLevels.name)
    .orderBy(asc(campaignReviewLevels.position));
}

export async function listReportCampaigns(db: Db) {
  return db
    .select({
      id: campaigns.id,
      slug: campaigns.slug,
      name: campaigns.name,
      shortName: campaigns.shortName,
      startYear: campaigns.startYear,
      endYear: campaigns.endYear,
    })
    .from(campaigns)
    .orderBy(desc(campaigns.startYear), desc(campaigns.id));
}

/** The latest campaign year that has any non-draft nomination the user may count, or null. */
export async function latestReportYear(db: Db, query: Omit<SeasonReportQuery, 'year'>): Promise<number | null> {
  const [row] = await db
    .select({ year: sql<number | null>`max(${nominations.year})` })
    .from(nominations)
    .where(reportConditions(query));
  return row?.year == null ? null : Number(row.year);
}

export interface ReportAreaOption extends ReportArea {
  name: string;
}

/** Provinces and old districts that hold nominations of the campaign the user may count. */
export async function listReportAreas(db: Db, query: { user: SessionUser; campaignId: number }): Promise<ReportAreaOption[]> {
  const rows = await db
    .selectDistinct({ district: nominations.districtCode, oldProvince: nominations.provinceCodeOld, newProvince: nominations.provinceCodeNew })
    .from(nominations)
    .where(reportConditions({ ...query, area: null }));
  const wanted: [AdminTree, string][] = [];
  for (const r of rows) {
    if (r.district) wanted.push(['2024', r.district]);
    if (r.oldProvince) wanted.push(['2024', r.oldProvince]);
    if (r.newProvince) wanted.push(['2025', r.newProvince]);
  }
  const found = await Promise.all(
    (['2024', '2025'] as const).map((tree) => {
      const codes = [...new Set(wanted.filter(([t]) => t === tree).map(([, c]) => c))];
      if (codes.length === 0) return Promise.resolve([]);
      return db
        .select({ tree: adminUnits.tree, code: adminUnits.code, name: adminUnits.fullName, level: adminUnits.level })
        .from(adminUnits)
        .where(and(eq(adminUnits.tree, tree), inArray(adminUnits.code, codes)));
    }),
  );
  return found
    .flat()
    .filter((u) => u.level === 1 || (u.level === 2 && u.tree === '2024'))
    .map((u) => ({ tree: u.tree, code: u.code, name: u.name, level: u.level as 1 | 2 }))
    .sort((a, b) => a.level - b.level || a.tree.localeCompare(b.tree) || collator.compare(a.name, b.name));
}

/**
 * Whether every old commune under an old-tree district or province became part of a commune of
 * the given new province (so a reviewer of that new province may report on it).
 */
export async function oldAreaLiesInNewProvince(db: Db, { area, newProvinceCode }: { area: ReportArea; newProvinceCode: string }): Promise<boolean> {
  const oldCommune = alias(adminUnits, 'old_commune');
  const newCommune = alias(adminUnits, 'new_commune');
  const under =
    area.level === 2
      ? eq(oldCommune.parentCode, area.code)
      : sql`${oldCommune.parentCode} in (select d.code from admin_units d where d.tree = '2024' and d.parent_code = ${area.code})`;
  const [row] = await db
    .select({
      inside: sql<number>`(count(*) filter (where ${newCommune.parentCode} = ${newProvinceCode}))::int`.mapWith(Number),
      outside: sql<number>`(count(*) filter (where ${newCommune.parentCode} is distinct from ${newProvinceCode}))::int`.mapWith(Number),
    })
    .from(oldCommune)
    .innerJoin(adminUnitMappings, eq(adminUnitMappings.oldCode, oldCommune.code))
    .leftJoin(newCommune, and(eq(newCommune.tree, '2025'), eq(newCommune.code, adminUnitMappings.newCode)))
    .where(and(eq(oldCommune.tree, '2024'), eq(oldCommune.level, 3), under));
  return (row?.inside ?? 0) > 0 && (row?.outside ?? 0) === 0;
}
