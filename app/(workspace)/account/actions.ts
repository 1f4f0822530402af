'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { getDb } from '@/db/index';
import { changeOwnMailPreference } from '@/lib/accounts/mail-preference';
import { changeOwnPassword } from '@/lib/accounts/password';
import { guardAction } from '@/lib/auth/action-guard';
import { getAuth } from '@/lib/auth/auth';
import { requestInfo } from '@/lib/auth/request-info';
import { MAIL_PREFERENCE_LABELS } from '@/lib/domain/mail-preferences';
import type { ActionState } from '@/lib/outcome';

export async function changePasswordAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await guardAction('change_password', () => true);
  if (!guard.ok) return { status: 'invalid', message: guard.message, fieldErrors: {} };
  const h = await headers();
  const result = await changeOwnPassword(
    getDb(),
    getAuth(),
    { actor: guard.user, request: requestInfo(h), headers: h },
    {
      currentPassword: formData.get('currentPassword'),
      password: formData.get('password'),
      confirm: formData.get('confirm'),
    },
  );
  if (!result.ok) return { status: 'invalid', message: result.message, fieldErrors: result.fieldErrors ?? {} };
  return { status: 'ok', message: 'Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã được đăng xuất.' };
}

/** Ngay, tóm tắt hằng ngày or tắt, for the signed-in person's own account only (lib/accounts/mail-preference.ts). */
export async function setMailPreferenceAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await guardAction('set_mail_preference', () => true);
  if (!guard.ok) return { status: 'invalid', message: guard.message, fieldErrors: {} };
  const result = await changeOwnMailPreference(getDb(), guard.user, { preference: formData.get('preference') });
  if (!result.ok) return { status: 'invalid', message: result.message, fieldErrors: result.fieldErrors ?? {} };
  revalidatePath('/account');
  return { status: 'ok', message: `Đã lưu: ${MAIL_PREFERENCE_LABELS[result.value].toLocaleLowerCase('vi')}.` };
}
