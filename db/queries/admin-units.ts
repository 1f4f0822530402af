import { and, asc, eq, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { communeAreaIn, type AdminMapReader, type CommuneArea } from '@/lib/domain/commune-area';
import type { CommunePlaces } from '@/lib/domain/nomination-area';
import type { AdminTree } from '@/lib/domain/vocabulary';
import type { Db } from '../client';
import { adminUnitMappings, adminUnits } from '../schema';
import { preparedOnce } from '../prepared';

export interface AdminUnitRef {
  tree: AdminTree;
  code: string;
  name: string;
  fullName: string;
  level: number;
  parentCode: string | null;
}

const unitColumns = {
  tree: adminUnits.tree,
  code: adminUnits.code,
  name: adminUnits.name,
  fullName: adminUnits.fullName,
  level: adminUnits.level,
  parentCode: adminUnits.parentCode,
};

type AdminUnitRow = { tree: string; code: string; name: string; fullName: string; level: number; parentCode: string | null };

function toRef(row: AdminUnitRow): AdminUnitRef {
  return { ...row, tree: row.tree as AdminTree };
}

export async function getAdminUnit(db: Db, { tree, code }: { tree: AdminTree; code: string }) {
  const [row] = await db
    .select(unitColumns)
    .from(adminUnits)
    .where(and(eq(adminUnits.tree, tree), eq(adminUnits.code, code)));
  return row ? toRef(row) : null;
}

/** The new (post-2025) communes an old commune became part of — several when it was split. */
export async function listNewCommunesOfOld(db: Db, { oldCode }: { oldCode: string }) {
  const rows = await db
    .select({ ...unitColumns, relation: adminUnitMappings.relation })
    .from(adminUnitMappings)
    .innerJoin(adminUnits, and(eq(adminUnits.tree, '2025'), eq(adminUnits.code, adminUnitMappings.newCode)))
    .where(eq(adminUnitMappings.oldCode, oldCode))
    .orderBy(asc(adminUnits.code));
  return rows.map((r) => ({ ...toRef(r), relation: r.relation }));
}

/** The old (pre-2025) communes that make up a new commune, wholly or in part. */
export async function listOldCommunesOfNew(db: Db, { newCode }: { newCode: string }) {
  const rows = await db
    .select({ ...unitColumns, relation: adminUnitMappings.relation })
    .from(adminUnitMappings)
    .innerJoin(adminUnits, and(eq(adminUnits.tree, '2024'), eq(adminUnits.code, adminUnitMappings.oldCode)))
    .where(eq(adminUnitMappings.newCode, newCode))
    .orderBy(asc(adminUnits.code));
  return rows.map((r) => ({ ...toRef(r), relation: r.relation }));
}

/** The database as a reader of the administrative map, one unit or link at a time. */
function mapOf(db: Db): AdminMapReader<AdminUnitRef> {
  return {
    unit: (tree, code) => getAdminUnit(db, { tree, code }),
    newCommunesOfOld: (oldCode) => listNewCommunesOfOld(db, { oldCode }),
    oldCommunesOfNew: (newCode) => listOldCommunesOfNew(db, { newCode }),
  };
}

const ANCESTRY_DEPTH = 4;
const ancestors = Array.from({ length: ANCESTRY_DEPTH }, (_, i) => alias(adminUnits, `up${i}`));
const columnsOf = (unit: (typeof ancestors)[number]) => ({
  tree: unit.tree,
  code: unit.code,
  name: unit.name,
  fullName: unit.fullName,
  level: unit.level,
  parentCode: unit.parentCode,
});

/**
 * A unit and its ancestors, from the unit upwards: one prepared query joining each unit to its parent, where
 * asking unit by unit (ancestryIn) cost a commune page three round trips before anything else could start.
 */
export async function listAncestry(db: Db, { tree, code }: { tree: AdminTree; code: string }): Promise<AdminUnitRef[]> {
  const [row] = await preparedOnce(db, 'admin-ancestry', (statement) => {
    const [first, ...rest] = ancestors as [(typeof ancestors)[number], ...typeof ancestors];
    let query = db
      .select(Object.fromEntries(ancestors.map((unit, i) => [`u${i}`, columnsOf(unit)])))
      .from(first)
      .$dynamic();
    rest.forEach((unit, i) => {
      const child = ancestors[i]!;
      query = query.leftJoin(unit, and(eq(unit.tree, child.tree), eq(unit.code, child.parentCode)));
    });
    return query.where(and(eq(first.tree, sql.placeholder('tree')), eq(first.code, sql.placeholder('code')))).prepare(statement);
  }).execute({ tree, code });
  const chain: AdminUnitRef[] = [];
  for (let i = 0; i < ANCESTRY_DEPTH; i++) {
    const unit = (row as Record<string, AdminUnitRow | null> | undefined)?.[`u${i}`];
    if (!unit) break;
    chain.push(toRef(unit));
  }
  return chain;
}

/** The area columns of a nomination recorded under this commune (see communeAreaIn). */
export function resolveCommuneArea(db: Db, where: { tree: AdminTree; code: string }): Promise<CommuneArea> {
  return communeAreaIn(mapOf(db), where);
}

/** A commune as a picker shows it: tree, code and full name; null when the code is unknown. */
export async function getCommuneLabel(db: Db, { tree, code }: { tree: AdminTree; code: string }) {
  const [row] = await db
    .select({ fullName: adminUnits.fullName })
    .from(adminUnits)
    .where(and(eq(adminUnits.tree, tree), eq(adminUnits.code, code)));
  return row ? { tree, code, label: row.fullName } : null;
}

/**
 * Every administrative unit, in both trees, that holds a commune: itself and its parents in its own
 * tree, and in the other tree the communes it became or was made of, with their parents.
 */
export async function listCommunePlaces(db: Db, { tree, code }: { tree: AdminTree; code: string }): Promise<CommunePlaces> {
  const own = await listAncestry(db, { tree, code });
  const counterparts = tree === '2024' ? await listNewCommunesOfOld(db, { oldCode: code }) : await listOldCommunesOfNew(db, { newCode: code });
  const other: AdminTree = tree === '2024' ? '2025' : '2024';
  const otherChains = await Promise.all(counterparts.map((c) => listAncestry(db, { tree: other, code: c.code })));
  return { [tree]: own.map((u) => u.code), [other]: [...new Set(otherChains.flat().map((u) => u.code))] } as CommunePlaces;
}

export interface ScopeChoice {
  code: string;
  fullName: string;
}

/** What a reviewer's scope may be picked from, besides a commune: provinces of both trees and the old districts by province. */
export async function listScopeChoices(db: Db) {
  const rows = await db
    .select({
      tree: adminUnits.tree,
      code: adminUnits.code,
      name: adminUnits.name,
      fullName: adminUnits.fullName,
      level: adminUnits.level,
      parentCode: adminUnits.parentCode,
    })
    .from(adminUnits)
    .where(or(eq(adminUnits.level, 1), and(eq(adminUnits.tree, '2024'), eq(adminUnits.level, 2))));
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'vi');
  const provinces = (tree: AdminTree) =>
    rows
      .filter((r) => r.tree === tree && r.level === 1)
      .sort(byName)
      .map((r) => ({ code: r.code, fullName: r.fullName }));
  const provincesOld = provinces('2024');
  const districtsByProvince = provincesOld.map((p) => ({
    province: p,
    districts: rows
      .filter((r) => r.tree === '2024' && r.level === 2 && r.parentCode === p.code)
      .sort(byName)
      .map((r) => ({ code: r.code, fullName: r.fullName })),
  }));
  return { provincesNew: provinces('2025'), provincesOld, districtsByProvince };
}
export type ScopeChoices = Awaited<ReturnType<typeof listScopeChoices>>;
