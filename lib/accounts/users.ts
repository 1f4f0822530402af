import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Db } from '@/db/client';
import { getAdminUnit } from '@/db/queries/admin-units';
import { recordAudit } from '@/db/queries/audit';
import { clearUserPassword, insertUser, isEmailTaken, isUnitActive, setUserActiveFlag } from '@/db/queries/people';
import { AUTH_MESSAGES } from '@/lib/auth/messages';
import { canManageUsers } from '@/lib/auth/permissions';
import { revokeUserSessions } from '@/lib/auth/session';
import { ok, refuse, type Outcome } from '@/lib/outcome';
import { auditBase, type ActorContext } from './context';
import { fieldErrorsOf, userSchema, type UserInput } from './schemas';
import { issueSetupLink } from './setup-links';

type SetupLink = { userId: string; url: string; expiresAt: Date };

async function membershipErrors(db: Db, input: UserInput): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  if (input.role === 'unit_member' || input.role === 'reviewer') {
    if (!input.unitId) errors.unitId = 'Vui lòng chọn đơn vị công tác.';
    else if (!(await isUnitActive(db, { unitId: input.unitId }))) errors.unitId = 'Đơn vị không tồn tại hoặc đã ngừng hoạt động.';
  }
  if (input.role === 'reviewer') {
    const scope = input.scopeTree && input.scopeCode ? await getAdminUnit(db, { tree: input.scopeTree, code: input.scopeCode }) : null;
    if (!scope) errors.scopeCode = 'Vui lòng nhập mã tỉnh hoặc huyện có trong hệ địa giới đã chọn.';
    else if (input.scopeTree === '2025' && input.scopeCode!.length !== 2) errors.scopeCode = 'Địa giới từ 01/07/2025 chỉ còn cấp tỉnh: nhập mã tỉnh.';
  }
  return errors;
}

/** Creates the account without a password and returns the one-time set-up link for the admin to hand over. */
export async function createUser(db: Db, ctx: ActorContext, raw: unknown): Promise<Outcome<SetupLink>> {
  if (!canManageUsers(ctx.actor)) return refuse(AUTH_MESSAGES.forbidden);
  const parsed = userSchema.safeParse(raw);
  if (!parsed.success) return refuse('Vui lòng kiểm tra các ô được đánh dấu.', fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const errors = await membershipErrors(db, input);
  if (await isEmailTaken(db, { email: input.email })) errors.email = 'Email này đã được dùng cho một tài khoản khác.';
  if (Object.keys(errors).length) return refuse('Vui lòng kiểm tra các ô được đánh dấu.', errors);

  const isMember = input.role !== 'admin';
  const isReviewer = input.role === 'reviewer';
  return db.transaction(async (tx) => {
    const id = randomUUID();
    await insertUser(tx, {
      id,
      name: input.name,
      email: input.email,
      role: input.role,
      unitId: isMember ? input.unitId : null,
      scopeTree: isReviewer ? input.scopeTree : null,
      scopeCode: isReviewer ? input.scopeCode : null,
      mustChangePassword: true,
    });
    const link = await issueSetupLink(tx, { userId: id, purpose: 'setup', createdBy: ctx.actor.id, origin: ctx.origin });
    await recordAudit(tx, { ...auditBase(ctx), action: 'user_created', targetType: 'user', targetId: id, detail: { email: input.email, role: input.role } });
    return ok({ userId: id, url: link.url, expiresAt: link.expiresAt });
  });
}

/** Deactivation signs the user out everywhere at once; reactivation lets them sign in again. */
export async function setUserActive(db: Db, ctx: ActorContext, { userId, active }: { userId: string; active: boolean }): Promise<Outcome> {
  if (!canManageUsers(ctx.actor)) return refuse(AUTH_MESSAGES.forbidden);
  if (userId === ctx.actor.id && !active) return refuse('Bạn không thể tự vô hiệu hóa tài khoản của mình.');
  return db.transaction(async (tx) => {
    const email = await setUserActiveFlag(tx, { userId, active });
    if (email === null) return refuse('Không tìm thấy tài khoản.');
    if (!active) await revokeUserSessions(tx, userId);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: active ? 'user_reactivated' : 'user_deactivated',
      targetType: 'user',
      targetId: userId,
      detail: { email },
    });
    return ok(undefined);
  });
}

/** The old password stops working, every session ends, and a new set-up link is issued. */
export async function resetUserPassword(db: Db, ctx: ActorContext, { userId }: { userId: string }): Promise<Outcome<SetupLink>> {
  if (!canManageUsers(ctx.actor)) return refuse(AUTH_MESSAGES.forbidden);
  return db.transaction(async (tx) => {
    const email = await clearUserPassword(tx, { userId });
    if (email === null) return refuse('Không tìm thấy tài khoản.');
    await revokeUserSessions(tx, userId);
    const link = await issueSetupLink(tx, { userId, purpose: 'reset', createdBy: ctx.actor.id, origin: ctx.origin });
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'setup_link_issued',
      targetType: 'user',
      targetId: userId,
      detail: { email, purpose: 'reset' },
    });
    return ok({ userId, url: link.url, expiresAt: link.expiresAt });
  });
}
