import 'server-only';
import { APIError } from 'better-auth/api';
import type { Db } from '@/db/client';
import { recordAudit } from '@/db/queries/audit';
import type { Auth } from '@/lib/auth/auth';
import { AUTH_MESSAGES } from '@/lib/auth/messages';
import { checkPassword } from '@/lib/auth/password-policy';
import { ok, refuse, type Outcome } from '@/lib/outcome';
import { auditBase, type ActorContext } from './context';
import { changePasswordSchema, fieldErrorsOf } from './schemas';

/** Current password required; every other session of the user ends, this one is renewed. */
export async function changeOwnPassword(db: Db, auth: Auth, ctx: ActorContext & { headers: Headers }, raw: unknown): Promise<Outcome<{ setCookie: string[] }>> {
  const parsed = changePasswordSchema.safeParse(raw);
  if (!parsed.success) return refuse('Vui lòng kiểm tra các ô được đánh dấu.', fieldErrorsOf(parsed.error));
  const { currentPassword, password } = parsed.data;
  if (password === currentPassword) return refuse(AUTH_MESSAGES.samePassword, { password: AUTH_MESSAGES.samePassword });
  const weak = checkPassword(password, ctx.actor.email);
  if (weak) return refuse(weak, { password: weak });
  try {
    const { headers } = await auth.api.changePassword({
      body: { currentPassword, newPassword: password, revokeOtherSessions: true },
      headers: ctx.headers,
      returnHeaders: true,
    });
    await recordAudit(db, { ...auditBase(ctx), action: 'password_changed', targetType: 'user', targetId: ctx.actor.id });
    return ok({ setCookie: headers.getSetCookie() });
  } catch (error) {
    if (error instanceof APIError && error.status === 'BAD_REQUEST') {
      return refuse(AUTH_MESSAGES.wrongCurrentPassword, { currentPassword: AUTH_MESSAGES.wrongCurrentPassword });
    }
    throw error;
  }
}

export async function signOut(db: Db, auth: Auth, ctx: ActorContext & { headers: Headers }): Promise<void> {
  await auth.api.signOut({ headers: ctx.headers });
  await recordAudit(db, { ...auditBase(ctx), action: 'logout' });
}
