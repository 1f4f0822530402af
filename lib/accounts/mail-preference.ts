import 'server-only';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { setMailPreference } from '@/db/queries/mail-outbox';
import type { SessionUser } from '@/lib/domain/actor';
import { MAIL_PREFERENCES, type MailPreference } from '@/lib/domain/mail-preferences';
import { ok, refuse, type Outcome } from '@/lib/outcome';

export const MAIL_PREFERENCE_MESSAGES = {
  invalid: 'Vui lòng chọn một cách nhận thư thông báo: ngay, tóm tắt hằng ngày, hoặc tắt.',
  notFound: 'Không tìm thấy tài khoản.',
} as const;

const schema = z.object({ preference: z.enum(MAIL_PREFERENCES, { error: MAIL_PREFERENCE_MESSAGES.invalid }) });

/** A person sets how they get mail about their own notifications; the account is always the actor's own. */
export async function changeOwnMailPreference(db: Db, actor: SessionUser, raw: unknown): Promise<Outcome<MailPreference>> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return refuse(MAIL_PREFERENCE_MESSAGES.invalid, { preference: MAIL_PREFERENCE_MESSAGES.invalid });
  const saved = await setMailPreference(db, { userId: actor.id, preference: parsed.data.preference });
  if (!saved) return refuse(MAIL_PREFERENCE_MESSAGES.notFound);
  return ok(parsed.data.preference);
}
