import 'server-only';
import type { Db } from '@/db/client';
import { getCommuneLabel, listNewCommunesOfOld } from '@/db/queries/admin-units';
import { getUnitPlace } from '@/db/queries/people';
import type { AdminTree } from '@/lib/domain/vocabulary';

/** The day the new administrative tree ('2025') took effect. */
export const NEW_TREE_IN_FORCE = '2025-07-01';

/** The tree a commune chosen on `today` (YYYY-MM-DD, Vietnam) is recorded in by default. */
export function treeInForce(today: string): AdminTree {
  return today >= NEW_TREE_IN_FORCE ? '2025' : '2024';
}

/**
 * The commune a new nomination of this unit starts with: a commune unit's own commune, in the tree in force
 * on `today`. A unit still recorded in the old tree gets the new commune its commune became part of; when
 * the old commune was split over several new ones, the unit chooses (its old commune stays the default, which
 * is still a valid place to nominate in). Units above the commune level choose.
 */
export async function defaultCommuneFor(db: Db, { unitId, today }: { unitId: number; today: string }) {
  const place = await getUnitPlace(db, { unitId });
  if (!place || place.code.length !== 5) return null;
  if (place.tree === '2024' && treeInForce(today) === '2025') {
    const current = await listNewCommunesOfOld(db, { oldCode: place.code });
    if (current.length === 1) return getCommuneLabel(db, { tree: '2025', code: current[0]!.code });
  }
  return getCommuneLabel(db, place);
}
