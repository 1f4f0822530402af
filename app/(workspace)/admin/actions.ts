'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/index';
import { emailSetupLink } from '@/lib/accounts/setup-link-mail';
import { createUnit } from '@/lib/accounts/units';
import { scopeFromForm } from '@/lib/accounts/schemas';
import { createUser, resetUserPassword, setUserActive, updateUser } from '@/lib/accounts/users';
import { guardAction } from '@/lib/auth/action-guard';
import { currentOrigin, currentRequestInfo } from '@/lib/auth/current-user';
import { canManageUnits, canManageUsers } from '@/lib/auth/permissions';
import { formatDateTime } from '@/lib/format';
import type { ActionState } from '@/lib/outcome';
import { setUnitArea } from '@/lib/accounts/unit-area';

/** A one-time set-up link, shown once to the admin who created or reset the account. */
type SetupLinkState = ActionState<{ url: string; expiresAt: string; userId?: string }>;

function fields(formData: FormData, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, String(formData.get(n) ?? '')]));
}

const SCOPE_FIELDS = ['scopeArea', 'communeTree', 'communeCode'];
const USER_FIELDS = ['name', 'email', 'role', 'unitId', ...SCOPE_FIELDS];
const USER_EDIT_FIELDS = ['role', 'unitId', 'reviewLead', ...SCOPE_FIELDS];

/** The form's values as the account schemas read them: the scope picker's choice becomes scopeTree and scopeCode. */
function accountInput(values: Record<string, string>): Record<string, string> {
  const { scopeArea, communeTree, communeCode, ...rest } = values;
  return { ...rest, ...scopeFromForm({ scopeArea, communeTree, communeCode }) };
}

/** Errors about the scope belong to the picker's select. */
function pickerErrors(errors: Record<string, string> = {}): Record<string, string> {
  const { scopeTree, scopeCode, ...rest } = errors;
  const scope = scopeCode ?? scopeTree;
  return scope ? { ...rest, scopeArea: scope } : rest;
}

export async function createUserAction(_prev: SetupLinkState, formData: FormData): Promise<SetupLinkState> {
  const guard = await guardAction('create_user', canManageUsers);
  if (!guard.ok) return { status: 'invalid', message: guard.message, fieldErrors: {} };
  const values = fields(formData, USER_FIELDS);
  const result = await createUser(getDb(), { actor: guard.user, request: await currentRequestInfo(), origin: await currentOrigin() }, accountInput(values));
  if (!result.ok) return { status: 'invalid', message: result.message, fieldErrors: pickerErrors(result.fieldErrors), values };
  revalidatePath('/admin');
  return {
    status: 'ok',
    message: `Đã tạo tài khoản ${values.email}. Hãy chuyển đường dẫn dưới đây cho người dùng để họ tự đặt mật khẩu.`,
    data: { url: result.value.url, expiresAt: formatDateTime(result.value.expiresAt), userId: result.value.userId },
  };
}

/** Role, unit, review scope and level lead of one account (admins only; the rules live in lib/accounts/users.ts). */
export async function updateUserAction(userId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await guardAction('update_user', canManageUsers);
  if (!guard.ok) return { status: 'invalid', message: guard.message, fieldErrors: {} };
  const id = String(userId);
  const values = fields(formData, USER_EDIT_FIELDS);
  // An unticked checkbox posts nothing: that means "not a lead".
  const result = await updateUser(getDb(), { actor: guard.user, request: await currentRequestInfo() }, { userId: id, raw: accountInput(values) });
  if (!result.ok) return { status: 'invalid', message: result.message, fieldErrors: pickerErrors(result.fieldErrors), values };
  if (!result.value.changed) return { status: 'ok', message: 'Không có thay đổi nào để lưu.' };
  revalidatePath('/admin');
  revalidatePath(`/admin/users/${id}`);
  return { status: 'ok', message: 'Đã lưu vai trò, đơn vị và địa bàn thẩm định của tài khoản.' };
}

export async function setUserActiveAction(userId: string, active: boolean, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const guard = await guardAction(active ? 'reactivate_user' : 'deactivate_user', canManageUsers);
  if (!guard.ok) return { status: 'invalid', message: guard.message, fieldErrors: {} };
  const result = await setUserActive(getDb(), { actor: guard.user, request: await currentRequestInfo() }, { userId: String(userId), active: Boolean(active) });
  if (!result.ok) return { status: 'invalid', message: result.message, fieldErrors: {} };
  revalidatePath(`/admin/users/${userId}`);
  return { status: 'ok', message: active ? 'Đã kích hoạt lại tài khoản.' : 'Đã vô hiệu hóa tài khoản và đăng xuất mọi phiên của người này.' };
}

export async function resetPasswordAction(userId: string, _prev: SetupLinkState, _formData: FormData): Promise<SetupLinkState> {
  const guard = await guardAction('reset_password', canManageUsers);
  if (!guard.ok) return { status: 'invalid', message: guard.message, fieldErrors: {} };
  const result = await resetUserPassword(
    getDb(),
    { actor: guard.user, request: await currentRequestInfo(), origin: await currentOrigin() },
    { userId: String(userId) },
  );
  if (!result.ok) return { status: 'invalid', message: result.message, fieldErrors: {} };
  return {
    status: 'ok',
    message: 'Mật khẩu cũ đã hết hiệu lực và mọi phiên đăng nhập đã bị đăng xuất. Hãy chuyển đường dẫn dưới đây cho người dùng.',
    data: { url: result.value.url, expiresAt: formatDateTime(result.value.expiresAt) },
  };
}

/** "Gửi qua e-mail": a fresh set-up link goes to the user's address through the outbox; the admin never sees it. */
export async function emailSetupLinkAction(userId: string, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const guard = await guardAction('email_setup_link', canManageUsers);
  if (!guard.ok) return { status: 'invalid', message: guard.message, fieldErrors: {} };
  const result = await emailSetupLink(getDb(), { actor: guard.user, request: await currentRequestInfo() }, { userId: String(userId) });
  if (!result.ok) return { status: 'invalid', message: result.message, fieldErrors: {} };
  revalidatePath('/admin/outbox');
  return {
    status: 'ok',
    message: `Đã đưa thư có đường dẫn đặt mật khẩu mới vào hộp thư đi, gửi tới ${result.value.email}. Đường dẫn cũ chưa dùng đã hết hiệu lực.`,
  };
}

const UNIT_FIELDS = ['name', 'kind', 'adminUnitTree', 'adminUnitCode'];

export async function createUnitAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await guardAction('create_unit', canManageUnits);
  if (!guard.ok) return { status: 'invalid', message: guard.message, fieldErrors: {} };
  const values = fields(formData, UNIT_FIELDS);
  const result = await createUnit(getDb(), { actor: guard.user, request: await currentRequestInfo() }, values);
  if (!result.ok) return { status: 'invalid', message: result.message, fieldErrors: result.fieldErrors ?? {}, values };
  revalidatePath('/admin/units');
  return { status: 'ok', message: `Đã tạo đơn vị “${(values.name ?? '').trim()}”.` };
}

export async function setUnitAreaAction(unitId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await guardAction('set_unit_area', canManageUnits);
  if (!guard.ok) return { status: 'invalid', message: guard.message, fieldErrors: {} };
  const value = String(formData.get('area') ?? '');
  const result = await setUnitArea(getDb(), { actor: guard.user, request: await currentRequestInfo() }, { unitId: Number(unitId), value });
  if (!result.ok) return { status: 'invalid', message: result.message, fieldErrors: result.fieldErrors ?? {}, values: { area: value } };
  revalidatePath('/admin/units');
  return { status: 'ok', message: 'Đã lưu địa bàn giới thiệu của đơn vị.' };
}
