'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/index';
import { fieldErrorsOf, loginSchema } from '@/lib/accounts/schemas';
import { isSameOrigin } from '@/lib/auth/action-guard';
import { getAuth } from '@/lib/auth/auth';
import { attemptLogin } from '@/lib/auth/login';
import { AUTH_MESSAGES } from '@/lib/auth/messages';
import { homePathFor } from '@/lib/auth/permissions';
import { requestInfo } from '@/lib/auth/request-info';
import { resolveSession } from '@/lib/auth/session';
import type { Role } from '@/lib/domain/vocabulary';
import type { ActionState } from '@/lib/outcome';
import { safeReturnPath } from './return-path';

export async function loginAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const h = await headers();
  const email = String(formData.get('email') ?? '');
  if (!isSameOrigin(h)) return { status: 'invalid', message: AUTH_MESSAGES.foreignOrigin, fieldErrors: {}, values: { email } };
  const parsed = loginSchema.safeParse({ email, password: formData.get('password'), next: formData.get('next') ?? undefined });
  if (!parsed.success) return { status: 'invalid', message: 'Vui lòng nhập email và mật khẩu.', fieldErrors: fieldErrorsOf(parsed.error), values: { email } };

  const db = getDb();
  const auth = getAuth();
  // Whatever session this browser had ends here; the login opens a new one with a new id.
  if (await resolveSession(db, auth, h)) await auth.api.signOut({ headers: h }).catch(() => null);
  const result = await attemptLogin(db, auth, { email: parsed.data.email, password: parsed.data.password, headers: h, request: requestInfo(h) });
  if (result.status !== 'ok') return { status: 'invalid', message: result.message, fieldErrors: {}, values: { email: parsed.data.email } };

  const home = homePathFor({ role: result.role as Role });
  redirect(safeReturnPath(parsed.data.next) ?? home);
}
