import 'server-only';
import { and, asc, between, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { FIELDS, NOMINEE_KINDS, IMPACT_FIGURE_KEYS } from '@/lib/domain/vocabulary';
import type { ExampleFilters } from '@/lib/domain/example-filters';
import { COMMUNE_ALL_LIMIT, COMMUNE_TOP, MODEL_TOP, type CampaignRef, type CommuneCount, type ExampleStats } from '@/lib/domain/stats';
import type { Db } from '../client';
import { adminUnits, nominations } from '../schema';
import { listAncestry, type AdminUnitRef } from './admin-units';
import { exampleConditions, type AreaSelection } from './example-filters';
import { sumSupportByForm } from './example-support';
import { cardColumns } from './examples';

export interface StatsScope {
  campaign: CampaignRef;
  from: number;
  to: number;
  area: AreaSelection;
  /** The chosen unit and its parents, from the province down; empty for the whole country. */
  areaPath: AdminUnitRef[];
}

async function countBy(db: Db, key: SQL, where: SQL): Promise<Map<string, number>> {
  const rows = await db
    .select({ key: sql<string>`${key}`, n: count() })
    .from(nominations)
    .where(where)
    .groupBy(sql`1`);
  return new Map(rows.map((r) => [String(r.key), r.n]));
}

async function countTotals(db: Db, where: SQL) {
  const figures: Record<string, SQL> = {};
  for (const key of IMPACT_FIGURE_KEYS) {
    figures[`${key}Total`] = sql`coalesce(sum(${nominations[key]}), 0)`.mapWith(Number);
    figures[`${key}Reporting`] = sql`count(${nominations[key]})`.mapWith(Number);
  }
  const [row] = await db
    .select({
      total: count(),
      communes: sql<number>`count(DISTINCT (${nominations.communeTree}, ${nominations.communeCode}))`.mapWith(Number),
      ...figures,
    })
    .from(nominations)
    .where(where);
  const values = (row ?? {}) as Record<string, number>;
  const impact = Object.fromEntries(
    IMPACT_FIGURE_KEYS.map((key) => [key, { total: values[`${key}Total`] ?? 0, reporting: values[`${key}Reporting`] ?? 0 }]),
  ) as ExampleStats['impact'];
  return { total: values.total ?? 0, communeCount: values.communes ?? 0, impact };
}

/** "Xã Đa Kia, Tỉnh Đồng Nai" for each new commune code, as the example cards name them. */
async function currentCommuneNames(db: Db, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({
      code: adminUnits.code,
      // Qualified by hand: drizzle leaves columns unqualified in a one-table select.
      name: sql<string>`${adminUnits.fullName} || coalesce(', ' || (SELECT p.full_name FROM admin_units p WHERE p.tree = '2025' AND p.code = "admin_units"."parent_code"), '')`,
    })
    .from(adminUnits)
    .where(and(eq(adminUnits.tree, '2025'), inArray(adminUnits.code, codes)));
  return new Map(rows.map((r) => [r.code, r.name]));
}

async function countByCommune(db: Db, where: SQL, limit: number): Promise<CommuneCount[]> {
  const rows = await db
    .select({
      tree: nominations.communeTree,
      code: nominations.communeCode,
      name: cardColumns.communeName,
      districtCode: nominations.districtCode,
      districtName: cardColumns.districtName,
      provinceCode: cardColumns.provinceCode,
      provinceName: cardColumns.provinceName,
      current: nominations.currentCommuneCodes,
      n: count(),
    })
    .from(nominations)
    .where(where)
    .groupBy(
      nominations.communeTree,
      nominations.communeCode,
      nominations.districtCode,
      nominations.provinceCodeOld,
      nominations.provinceCodeNew,
      nominations.currentCommuneCodes,
    )
    .orderBy(desc(count()), asc(nominations.communeTree), asc(nominations.communeCode))
    .limit(limit);
  const oldRows = rows.filter((r) => r.tree === '2024');
  const names = await currentCommuneNames(db, [...new Set(oldRows.flatMap((r) => r.current))]);
  return rows.map((r) => ({
    commune: { tree: r.tree, code: r.code, name: r.name },
    // The district belongs to the old tree: shown only for communes recorded in it.
    district: r.tree === '2024' && r.districtCode ? { code: r.districtCode, name: r.districtName ?? '' } : null,
    province: r.provinceCode ? { code: r.provinceCode, name: r.provinceName ?? '' } : null,
    // Even a commune that kept its code changed: its district is gone, often its province too.
    nowPartOf: r.tree === '2024' ? r.current.map((code) => ({ code, name: names.get(code) ?? code })) : [],
    count: r.n,
  }));
}

/**
 * Models replicated by the examples counted here (the replication lies in the chosen area and
 * years; the model itself is any approved example), with the communes they spread to.
 */
async function listReplicatedModels(db: Db, where: SQL): Promise<ExampleStats['replicated']> {
  const original = alias(nominations, 'original');
  const spread = sql<number>`count(DISTINCT (${nominations.communeTree}, ${nominations.communeCode}))`.mapWith(Number);
  const models = await db
    .select({
      id: original.id,
      slug: original.slug,
      title: original.title,
      tree: original.communeTree,
      code: original.communeCode,
      name: sql<string>`(SELECT au.full_name FROM admin_units au WHERE au.tree = ${original.communeTree} AND au.code = ${original.communeCode})`,
      n: count(),
      modelCount: sql<number>`count(*) OVER ()`.mapWith(Number),
    })
    .from(nominations)
    .innerJoin(original, and(eq(original.id, nominations.replicatesId), eq(original.status, 'approved')))
    .where(where)
    .groupBy(original.id)
    .orderBy(desc(count()), desc(spread), asc(original.title))
    .limit(MODEL_TOP);
  if (models.length === 0) return { models: [], modelCount: 0 };
  const places = await db
    .select({
      modelId: nominations.replicatesId,
      tree: nominations.communeTree,
      code: nominations.communeCode,
      name: cardColumns.communeName,
      n: count(),
    })
    .from(nominations)
    .where(
      and(
        where,
        inArray(
          nominations.replicatesId,
          models.map((m) => m.id),
        ),
      ),
    )
    .groupBy(nominations.replicatesId, nominations.communeTree, nominations.communeCode)
    .orderBy(desc(count()), asc(nominations.communeCode));
  return {
    modelCount: models[0]!.modelCount,
    models: models.map((m) => ({
      id: m.id,
      slug: m.slug,
      title: m.title,
      origin: { tree: m.tree, code: m.code, name: m.name },
      replications: m.n,
      communes: places.filter((p) => p.modelId === m.id).map((p) => ({ tree: p.tree, code: p.code, name: p.name, count: p.n })),
    })),
  };
}

/** The approved examples the statistics page counts: those of the campaign, the years and the area chosen. */
export function statsConditions(
  scope: Pick<StatsScope, 'campaign' | 'from' | 'to' | 'area'> & { areaFilters: Pick<ExampleFilters, 'province' | 'district' | 'commune'> },
): SQL {
  return and(exampleConditions({ ...scope.areaFilters, campaign: scope.campaign.slug }, scope.area), between(nominations.year, scope.from, scope.to))!;
}

/** Counts of approved examples for the statistics page, chosen exactly as the list page chooses them. */
export async function countExampleStats(
  db: Db,
  scope: Omit<StatsScope, 'areaPath'> & { areaFilters: Pick<ExampleFilters, 'province' | 'district' | 'commune'>; allCommunes: boolean },
): Promise<{ scope: StatsScope; stats: ExampleStats }> {
  const { campaign, from, to, area } = scope;
  const where = statsConditions(scope);
  const chosen = area.commune ?? area.district ?? area.province;
  const [totals, years, kinds, fields, byCommune, replicated, ancestry, supportByForm] = await Promise.all([
    countTotals(db, where),
    countBy(db, sql`${nominations.year}`, where),
    countBy(db, sql`${nominations.nomineeKind}`, where),
    countBy(db, sql`${nominations.field}`, where),
    countByCommune(db, where, scope.allCommunes ? COMMUNE_ALL_LIMIT : COMMUNE_TOP),
    listReplicatedModels(db, where),
    chosen ? listAncestry(db, { tree: chosen.tree, code: chosen.code }) : Promise.resolve([]),
    sumSupportByForm(db, where),
  ]);
  const byYear = Array.from({ length: to - from + 1 }, (_, i) => ({ year: from + i, count: years.get(String(from + i)) ?? 0 }));
  const byField = FIELDS.map((field) => ({ field, count: fields.get(field) ?? 0 }))
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count);
  return {
    scope: { campaign, from, to, area, areaPath: ancestry.reverse() },
    stats: {
      ...totals,
      byYear,
      byKind: NOMINEE_KINDS.map((kind) => ({ kind, count: kinds.get(kind) ?? 0 })),
      byField,
      byCommune,
      impact: totals.impact,
      replicated,
      supportByForm,
    },
  };
}
