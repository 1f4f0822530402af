import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { adminUnitMappings, adminUnits } from '../../db/schema';
import type { CommuneArea } from '../../db/queries/admin-units';
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
 * 100 000 × 5 lookups. `derive` mirrors db/queries/admin-units.ts resolveCommuneArea + listAncestry
 * (tests/bench/seed-data.test.ts holds the two side by side).
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

  const ancestry = (tree: AdminTree, code: string): UnitRow[] => {
    const chain: UnitRow[] = [];
    let next: string | null = code;
    while (next && chain.length < 4) {
      const unit = units[tree].get(next);
      if (!unit) break;
      chain.push(unit);
      next = unit.parentCode;
    }
    return chain;
  };

  const derive = (tree: AdminTree, code: string): DerivedArea => {
    const placeNames = ancestry(tree, code).map((u) => u.name);
    if (tree === '2024') {
      const commune = units['2024'].get(code);
      const district = commune?.parentCode ? units['2024'].get(commune.parentCode) : undefined;
      const current = currentOf.get(code) ?? [];
      const newProvinces = new Set(current.map((c) => c.parentCode));
      return {
        districtCode: district?.code ?? null,
        provinceCodeOld: district?.parentCode ?? null,
        provinceCodeNew: newProvinces.size === 1 ? ([...newProvinces][0] ?? null) : null,
        currentCommuneCodes: current.map((c) => c.code),
        placeNames,
      };
    }
    const commune = units['2025'].get(code);
    const districts = [...new Set((oldsOf.get(code) ?? []).map((o) => o.parentCode))];
    const district = districts.length === 1 && districts[0] ? units['2024'].get(districts[0]) : undefined;
    return {
      districtCode: district?.code ?? null,
      provinceCodeOld: district?.parentCode ?? null,
      provinceCodeNew: commune?.parentCode ?? null,
      currentCommuneCodes: commune ? [commune.code] : [],
      placeNames,
    };
  };

  return {
    units,
    communes: { '2024': byLevel('2024', 3), '2025': byLevel('2025', 2) },
    provinces: { '2024': byLevel('2024', 1), '2025': byLevel('2025', 1) },
    derive,
  };
}
