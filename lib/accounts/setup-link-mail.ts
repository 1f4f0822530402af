import 'server-only';
import type { Db } from '@/db/client';
import { recordAudit } from '@/db/queries/audit';
import { enqueueMails } from '@/db/queries/mail-outbox';
import { findSetupLinkRecipient } from '@/db/queries/setup-links';
import { AUTH_MESSAGES } from '@/lib/auth/messages';
import { canManageUsers } from '@/lib/auth/permissions';
import { setupLinkMail } from '@/lib/domain/mail-templates';
import { ok, refuse, type Outcome } from '@/lib/outcome';
import { auditBase, type ActorContext } from './context';
import { issueSetupLink } from './setup-links';

export const SETUP_MAIL_MESSAGES = {
  notFound: 'Không tìm thấy tài khoản.',
  inactive: 'Tài khoản đã bị vô hiệu hóa; hãy kích hoạt lại trước khi gửi đường dẫn.',
} as const;

/**
 * "Gửi qua e-mail": a fresh set-up link (the older unused one stops working) goes into the outbox in the same
 * transaction, and nowhere else: not in the reply to the admin, the audit log or the server log. The existing
 * password keeps working until the link is used. The sender blanks the body once the mail has left.
 */
export async function emailSetupLink(db: Db, ctx: ActorContext, { userId }: { userId: string }): Promise<Outcome<{ email: string }>> {
  if (!canManageUsers(ctx.actor)) return refuse(AUTH_MESSAGES.forbidden);
  return db.transaction(async (tx) => {
    const user = await findSetupLinkRecipient(tx, { userId });
    if (!user) return refuse(SETUP_MAIL_MESSAGES.notFound);
    if (!user.active) return refuse(SETUP_MAIL_MESSAGES.inactive);
    const purpose = user.hasPassword ? 'reset' : 'setup';
    // SITE_URL, never the admin's address: the mail is read elsewhere, later.
    const link = await issueSetupLink(tx, { userId, purpose, createdBy: ctx.actor.id });
    await enqueueMails(tx, [
      {
        kind: 'setup_link',
        to: user.email,
        recipientId: userId,
        sensitive: true,
        ...setupLinkMail({ name: user.name, url: link.url, expiresAt: link.expiresAt, purpose }),
      },
    ]);
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'setup_link_issued',
      targetType: 'user',
      targetId: userId,
      detail: { email: user.email, purpose, via: 'email' },
    });
    return ok({ email: user.email });
  });
}
