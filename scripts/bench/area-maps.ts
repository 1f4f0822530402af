import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { adminUnitMappings, adminUnits } from '../../db/schema';
import { ancestryIn, communeAreaIn, type AdminMapReader, type CommuneArea } from '../../lib/domain/commune-area';
import type { AdminTree } from '../../lib/domain/vocabulary';

export interface UnitRow {
  code: string;
  name: string;
  fullName: string;
  type: string;
  level: number;
  parentCode: string | null;
}

export interface DerivedArea extends CommuneArea {
  /** Names from the commune upwards, as listAncestry gives them to the search document. */
  placeNames: string[];
}

/**
 * The whole administrative map in memory, so that 100 000 rows get their area columns without
 * 100 000 × 5 lookups. `derive` gives what the app's own derivations (lib/domain/commune-area.ts,
 * which db/queries/admin-units.ts also runs) make of the map, computed once per commune.
 */
export interface AreaMaps {
  units: Record<AdminTree, Map<string, UnitRow>>;
  /** Communes to draw from: level 3 of the old tree, level 2 of the new one. */
  communes: Record<AdminTree, UnitRow[]>;
  provinces: Record<AdminTree, UnitRow[]>;
  derive(tree: AdminTree, code: string): DerivedArea;
}

type Link = { from: string; code: string; parentCode: string | null };

function groupLinks(rows: Link[]): Map<string, Link[]> {
  const out = new Map<string, Link[]>();
  for (const row of rows) {
    const list = out.get(row.from);
    if (list) list.push(row);
    else out.set(row.from, [row]);
  }
  return out;
}

export async function loadAreaMaps(db: Db): Promise<AreaMaps> {
  const all = await db
    .select({
      tree: adminUnits.tree,
      code: adminUnits.code,
      name: adminUnits.name,
      fullName: adminUnits.fullName,
      type: adminUnits.type,
      level: adminUnits.level,
      parentCode: adminUnits.parentCode,
    })
    .from(adminUnits);
  // Ordered by the database, as listNewCommunesOfOld orders them: the array order is part of the value.
  const oldToNew = await db
    .select({ from: adminUnitMappings.oldCode, code: adminUnits.code, parentCode: adminUnits.parentCode })
    .from(adminUnitMappings)
    .innerJoin(adminUnits, and(eq(adminUnits.tree, '2025'), eq(adminUnits.code, adminUnitMappings.newCode)))
    .orderBy(asc(adminUnitMappings.oldCode), asc(adminUnits.code));
  const newToOld = await db
    .select({ from: adminUnitMappings.newCode, code: adminUnits.code, parentCode: adminUnits.parentCode })
    .from(adminUnitMappings)
    .innerJoin(adminUnits, and(eq(adminUnits.tree, '2024'), eq(adminUnits.code, adminUnitMappings.oldCode)));

  const units: Record<AdminTree, Map<string, UnitRow>> = { '2024': new Map(), '2025': new Map() };
  for (const { tree, ...row } of all) units[tree]?.set(row.code, row);
  const byLevel = (tree: AdminTree, level: number) =>
    [...units[tree].values()].filter((u) => u.level === level).sort((a, b) => (a.code < b.code ? -1 : 1));
  const currentOf = groupLinks(oldToNew);
  const oldsOf = groupLinks(newToOld);

  const reader: AdminMapReader<UnitRow> = {
    unit: (tree, code) => units[tree].get(code) ?? null,
    newCommunesOfOld: (oldCode) => currentOf.get(oldCode) ?? [],
    oldCommunesOfNew: (newCode) => oldsOf.get(newCode) ?? [],
  };
  const communes = { '2024': byLevel('2024', 3), '2025': byLevel('2025', 2) };
  // Every commune a row may be given, derived up front: the derivations are async, the generator is not.
  const derived = new Map<string, DerivedArea>();
  for (const tree of ['2024', '2025'] as const) {
    for (const { code } of communes[tree]) {
      const where = { tree, code };
      const [area, chain] = await Promise.all([communeAreaIn(reader, where), ancestryIn(reader, where)]);
      derived.set(`${tree}:${code}`, { ...area, placeNames: chain.map((u) => u.name) });
    }
  }
  const derive = (tree: AdminTree, code: string): DerivedArea => {
    const area = derived.get(`${tree}:${code}`);
    if (!area) throw new Error(`no commune ${tree}:${code} in the administrative map`);
    return area;
  };

  return {
    units,
    communes,
    provinces: { '2024': byLevel('2024', 1), '2025': byLevel('2025', 1) },
    derive,
  };
}
