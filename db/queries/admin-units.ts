import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { ancestryIn, communeAreaIn, type AdminMapReader, type CommuneArea } from '@/lib/domain/commune-area';
import type { AdminTree } from '@/lib/domain/vocabulary';
import type { Db } from '../client';
import { adminUnitMappings, adminUnits } from '../schema';

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

function toRef(row: { tree: string; code: string; name: string; fullName: string; level: number; parentCode: string | null }): AdminUnitRef {
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

/** A unit and its ancestors, from the unit upwards. */
export function listAncestry(db: Db, where: { tree: AdminTree; code: string }): Promise<AdminUnitRef[]> {
  return ancestryIn(mapOf(db), where);
}

/** The area columns of a nomination recorded under this commune (see communeAreaIn). */
export function resolveCommuneArea(db: Db, where: { tree: AdminTree; code: string }): Promise<CommuneArea> {
  return communeAreaIn(mapOf(db), where);
}

export async function listChildren(db: Db, { tree, parentCode }: { tree: AdminTree; parentCode: string | null }) {
  const rows = await db
    .select(unitColumns)
    .from(adminUnits)
    .where(and(eq(adminUnits.tree, tree), parentCode === null ? sql`${adminUnits.parentCode} IS NULL` : eq(adminUnits.parentCode, parentCode)));
  return rows.map(toRef).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

export async function getAdminUnitsByCodes(db: Db, { tree, codes }: { tree: AdminTree; codes: string[] }) {
  if (codes.length === 0) return [];
  const rows = await db
    .select(unitColumns)
    .from(adminUnits)
    .where(and(eq(adminUnits.tree, tree), inArray(adminUnits.code, codes)));
  return rows.map(toRef);
}
