'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/index';
import { fieldErrorsOf, setPasswordSchema } from '@/lib/accounts/schemas';
import { completeSetup } from '@/lib/accounts/setup-links';
import { isSameOrigin } from '@/lib/auth/action-guard';
import { AUTH_MESSAGES } from '@/lib/auth/messages';
import { requestInfo } from '@/lib/auth/request-info';
import type { ActionState } from '@/lib/outcome';

/** Anyone holding a valid link may use it once; the link itself is the credential. */
export async function setupPasswordAction(token: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const h = await headers();
  if (!isSameOrigin(h)) return { status: 'invalid', message: AUTH_MESSAGES.foreignOrigin, fieldErrors: {} };
  const parsed = setPasswordSchema.safeParse({ password: formData.get('password'), confirm: formData.get('confirm') });
  if (!parsed.success) return { status: 'invalid', message: 'Vui lòng kiểm tra các ô được đánh dấu.', fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await completeSetup(getDb(), { token: String(token), password: parsed.data.password, request: requestInfo(h) });
  if (!result.ok) return { status: 'invalid', message: result.message, fieldErrors: result.fieldErrors ?? {} };
  redirect('/login?passwordSet=1');
}
