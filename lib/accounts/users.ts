import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Db, Executor } from '@/db/client';
import { getAdminUnit } from '@/db/queries/admin-units';
import { recordAudit } from '@/db/queries/audit';
import {
  clearUserPassword,
  insertUser,
  isEmailTaken,
  isUnitActive,
  lockUserMembership,
  setUserActiveFlag,
  updateUserMembership,
  type UserMembership,
} from '@/db/queries/people';
import { scopeKind } from '@/lib/domain/review-levels';
import { AUTH_MESSAGES } from '@/lib/auth/messages';
import { canManageUsers } from '@/lib/auth/permissions';
import { revokeUserSessions } from '@/lib/auth/session';
import { ok, refuse, type Outcome } from '@/lib/outcome';
import { auditBase, type ActorContext } from './context';
import { fieldErrorsOf, userEditSchema, userSchema, type UserInput } from './schemas';
import { issueSetupLink } from './setup-links';

type SetupLink = { userId: string; url: string; expiresAt: Date };

const SCOPE_MESSAGES = {
  required: 'Vui lòng chọn địa bàn thẩm định: một tỉnh, thành phố, một quận, huyện (trước 01/07/2025) hoặc một xã, phường.',
  unknown: 'Địa bàn này không có trong hệ địa giới đã chọn; vui lòng chọn lại trong danh sách.',
} as const;

/** A unit member and a reviewer work in an active unit (an inactive unit they already have may stay); a reviewer has a real scope. */
async function membershipErrors(
  db: Executor,
  input: Pick<UserInput, 'role' | 'unitId' | 'scopeTree' | 'scopeCode'>,
  { keepUnitId = null }: { keepUnitId?: number | null } = {},
): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  if (input.role === 'unit_member' || input.role === 'reviewer') {
    if (!input.unitId) errors.unitId = 'Vui lòng chọn đơn vị công tác.';
    else if (input.unitId !== keepUnitId && !(await isUnitActive(db, { unitId: input.unitId })))
      errors.unitId = 'Đơn vị không tồn tại hoặc đã ngừng hoạt động.';
  }
  if (input.role === 'reviewer') {
    if (!input.scopeTree || !input.scopeCode) errors.scopeCode = SCOPE_MESSAGES.required;
    else {
      const scope = { tree: input.scopeTree, code: input.scopeCode };
      if (!scopeKind(scope) || !(await getAdminUnit(db, scope))) errors.scopeCode = SCOPE_MESSAGES.unknown;
    }
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

export const USER_EDIT_MESSAGES = {
  notFound: 'Không tìm thấy tài khoản.',
  ownAdminRole: 'Bạn không thể tự bỏ vai trò quản trị của mình; hãy nhờ một quản trị viên khác.',
  checkFields: 'Vui lòng kiểm tra các ô được đánh dấu.',
} as const;

/**
 * The admin changes an account's role, unit, review scope and whether it leads its level. An admin has
 * neither unit nor scope; a unit member has a unit; a reviewer has a unit and a scope (a province, an old
 * district or a commune, in either tree), and only a reviewer leads a level. An admin cannot drop their own
 * admin role, so the console never loses its last admin that way. One transaction on the locked account row,
 * audited with what changed; the session reads the account on every request, so the change holds at once.
 */
export async function updateUser(db: Db, ctx: ActorContext, { userId, raw }: { userId: string; raw: unknown }): Promise<Outcome<{ changed: boolean }>> {
  if (!canManageUsers(ctx.actor)) return refuse(AUTH_MESSAGES.forbidden);
  const parsed = userEditSchema.safeParse(raw);
  if (!parsed.success) return refuse(USER_EDIT_MESSAGES.checkFields, fieldErrorsOf(parsed.error));
  const input = parsed.data;
  if (userId === ctx.actor.id && input.role !== 'admin') return refuse(USER_EDIT_MESSAGES.ownAdminRole, { role: USER_EDIT_MESSAGES.ownAdminRole });

  return db.transaction(async (tx) => {
    const current = await lockUserMembership(tx, { userId });
    if (!current) return refuse(USER_EDIT_MESSAGES.notFound);
    const errors = await membershipErrors(tx, input, { keepUnitId: current.unitId });
    if (Object.keys(errors).length) return refuse(USER_EDIT_MESSAGES.checkFields, errors);

    const isReviewer = input.role === 'reviewer';
    const next: UserMembership = {
      role: input.role,
      unitId: input.role === 'admin' ? null : input.unitId,
      scopeTree: isReviewer ? input.scopeTree : null,
      scopeCode: isReviewer ? input.scopeCode : null,
      reviewLead: isReviewer && input.reviewLead,
    };
    const changes: Record<string, [unknown, unknown]> = {};
    for (const key of ['role', 'unitId', 'reviewLead'] as const) {
      if (current[key] !== next[key]) changes[key] = [current[key], next[key]];
    }
    const scopeOf = (m: UserMembership) => (m.scopeTree && m.scopeCode ? `${m.scopeTree}:${m.scopeCode}` : null);
    if (scopeOf(current) !== scopeOf(next)) changes.scope = [scopeOf(current), scopeOf(next)];
    if (Object.keys(changes).length === 0) return ok({ changed: false });

    await updateUserMembership(tx, { userId, membership: next });
    await recordAudit(tx, { ...auditBase(ctx), action: 'user_updated', targetType: 'user', targetId: userId, detail: { email: current.email, changes } });
    return ok({ changed: true });
  });
}
