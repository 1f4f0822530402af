import 'server-only';
import type { Db } from '@/db/client';
import { getAdminUnit } from '@/db/queries/admin-units';
import { recordAudit } from '@/db/queries/audit';
import { insertUnit } from '@/db/queries/people';
import { canManageUnits } from '@/lib/auth/permissions';
import { AUTH_MESSAGES } from '@/lib/auth/messages';
import { ok, refuse, type Outcome } from '@/lib/outcome';
import { auditBase, type ActorContext } from './context';
import { fieldErrorsOf, unitSchema } from './schemas';

export async function createUnit(db: Db, ctx: ActorContext, raw: unknown): Promise<Outcome<{ id: number }>> {
  if (!canManageUnits(ctx.actor)) return refuse(AUTH_MESSAGES.forbidden);
  const parsed = unitSchema.safeParse(raw);
  if (!parsed.success) return refuse('Vui lòng kiểm tra các ô được đánh dấu.', fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const place = await getAdminUnit(db, { tree: input.adminUnitTree, code: input.adminUnitCode });
  if (!place) {
    const message = 'Không tìm thấy đơn vị hành chính có mã này trong hệ địa giới đã chọn.';
    return refuse(message, { adminUnitCode: message });
  }
  return db.transaction(async (tx) => {
    const id = await insertUnit(tx, input);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'unit_created',
      targetType: 'unit',
      targetId: String(id),
      detail: { name: input.name, place: place.fullName },
    });
    return ok({ id });
  });
}
