import 'server-only';
import type { Db } from '@/db/client';
import { getAdminUnit, listAncestry, listCommunePlaces, type AdminUnitRef } from '@/db/queries/admin-units';
import { recordAudit } from '@/db/queries/audit';
import { getUnit, setUnitNominationArea } from '@/db/queries/people';
import { AUTH_MESSAGES } from '@/lib/auth/messages';
import { canManageUnits } from '@/lib/auth/permissions';
import { ADMIN_TREES, type AdminTree } from '@/lib/domain/vocabulary';
import { ok, refuse, type Outcome } from '@/lib/outcome';
import { auditBase, type ActorContext } from './context';

export interface AreaOption {
  /** "tree:code", as the form posts it. */
  value: string;
  label: string;
}

/**
 * The areas an admin may widen a unit to: its own place, the units above it, and for a commune the
 * new-tree commune and province it now lies in. Never sideways, so widening cannot move a unit elsewhere.
 */
export async function unitAreaOptions(db: Db, place: { tree: AdminTree; code: string }): Promise<AreaOption[]> {
  const codes = place.code.length === 5 ? await listCommunePlaces(db, place) : { [place.tree]: (await listAncestry(db, place)).map((u) => u.code) };
  const options: AreaOption[] = [];
  for (const tree of ADMIN_TREES) {
    for (const code of codes[tree] ?? []) {
      const unit: AdminUnitRef | null = await getAdminUnit(db, { tree, code });
      if (unit) options.push({ value: `${tree}:${code}`, label: `${unit.fullName}${tree === '2025' ? ' (từ 01/07/2025)' : ' (trước 01/07/2025)'}` });
    }
  }
  return options;
}

/** Widens the area a unit nominates in (or resets it to its own place), audited. */
export async function setUnitArea(db: Db, ctx: ActorContext, { unitId, value }: { unitId: number; value: string }): Promise<Outcome> {
  if (!canManageUnits(ctx.actor)) return refuse(AUTH_MESSAGES.forbidden);
  const unit = await getUnit(db, { id: unitId });
  if (!unit) return refuse('Không tìm thấy đơn vị.');
  const own = `${unit.tree}:${unit.code}`;
  const options = await unitAreaOptions(db, { tree: unit.tree, code: unit.code });
  if (!options.some((o) => o.value === value)) {
    const message = 'Vui lòng chọn một địa bàn trong danh sách.';
    return refuse(message, { area: message });
  }
  const [tree, code] = value.split(':') as [AdminTree, string];
  await db.transaction(async (tx) => {
    await setUnitNominationArea(tx, { unitId, area: value === own ? null : { tree, code } });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'unit_area_changed',
      targetType: 'unit',
      targetId: String(unitId),
      detail: { name: unit.name, area: value },
    });
  });
  return ok(undefined);
}
