import type { AdminTree } from './vocabulary';

/** The codes, per tree, of every administrative unit that holds a commune (the commune itself included). */
export type CommunePlaces = Record<AdminTree, string[]>;

/**
 * Where a unit may nominate: an administrative unit of either tree. A commune of the old tree also
 * covers the new communes it became part of: UBND xã Phú Nghĩa today governs the new Phú Nghĩa,
 * which took in Đức Hạnh and Phú Văn.
 */
export interface NominationArea {
  tree: AdminTree;
  code: string;
  /** New-tree communes of an old-tree commune area; empty otherwise. */
  counterparts: string[];
}

export function isInNominationArea(area: NominationArea, places: CommunePlaces): boolean {
  if (places[area.tree].includes(area.code)) return true;
  return area.tree === '2024' && area.counterparts.some((code) => places['2025'].includes(code));
}
