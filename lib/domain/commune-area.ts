// How a commune's place in the two administrative trees is derived, over any reader of the map:
// db/queries/admin-units.ts reads it from the database, one commune at a time; the bench's seed
// holds the whole map in memory, so 100 000 rows do not cost 100 000 × 5 queries.
import type { AdminTree } from './vocabulary';

export interface MapUnit {
  code: string;
  name: string;
  parentCode: string | null;
}

type MapLink = Pick<MapUnit, 'code' | 'parentCode'>;
type Awaitable<T> = T | Promise<T>;

export interface AdminMapReader<U extends MapUnit = MapUnit> {
  unit(tree: AdminTree, code: string): Awaitable<U | null>;
  /** The new (post-2025) communes an old commune became part of, ordered by code. */
  newCommunesOfOld(oldCode: string): Awaitable<MapLink[]>;
  /** The old (pre-2025) communes that make up a new commune, wholly or in part. */
  oldCommunesOfNew(newCode: string): Awaitable<MapLink[]>;
}

export interface CommuneArea {
  districtCode: string | null;
  provinceCodeOld: string | null;
  provinceCodeNew: string | null;
  currentCommuneCodes: string[];
}

/** A unit and its ancestors, from the unit upwards (a commune, its district, its province). */
export async function ancestryIn<U extends MapUnit>(map: AdminMapReader<U>, { tree, code }: { tree: AdminTree; code: string }): Promise<U[]> {
  const chain: U[] = [];
  let next: string | null = code;
  while (next && chain.length < 4) {
    const unit: U | null = await map.unit(tree, next);
    if (!unit) break;
    chain.push(unit);
    next = unit.parentCode;
  }
  return chain;
}

const onlyOne = <T>(values: T[]): T | null => {
  const distinct = [...new Set(values)];
  return distinct.length === 1 ? (distinct[0] ?? null) : null;
};

/**
 * Everything a nomination's area filters need, derived once when its commune is set:
 * a commune recorded in the old tree gets its district, its old province and the new
 * communes it became; one recorded in the new tree gets the old district and province
 * when all the old communes it absorbed lay in one.
 */
export async function communeAreaIn(map: AdminMapReader, { tree, code }: { tree: AdminTree; code: string }): Promise<CommuneArea> {
  if (tree === '2024') {
    const commune = await map.unit('2024', code);
    const district = commune?.parentCode ? await map.unit('2024', commune.parentCode) : null;
    const current = await map.newCommunesOfOld(code);
    return {
      districtCode: district?.code ?? null,
      provinceCodeOld: district?.parentCode ?? null,
      provinceCodeNew: onlyOne(current.map((c) => c.parentCode)),
      currentCommuneCodes: current.map((c) => c.code),
    };
  }
  const commune = await map.unit('2025', code);
  const districtCode = onlyOne((await map.oldCommunesOfNew(code)).map((o) => o.parentCode));
  const district = districtCode ? await map.unit('2024', districtCode) : null;
  return {
    districtCode: district?.code ?? null,
    provinceCodeOld: district?.parentCode ?? null,
    provinceCodeNew: commune?.parentCode ?? null,
    currentCommuneCodes: commune ? [commune.code] : [],
  };
}
