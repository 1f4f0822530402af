import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { Db, Tx } from '@/db/client';
import { recordAudit } from '@/db/queries/audit';
import { findValidSetupToken, replaceSetupToken, setCredentialPassword, spendSetupToken, type SetupPurpose } from '@/db/queries/setup-links';
import { AUTH_MESSAGES } from '@/lib/auth/messages';
import { hashPassword } from '@/lib/auth/password-hash';
import { checkPassword } from '@/lib/auth/password-policy';
import type { RequestInfo } from '@/lib/auth/request-info';
import { revokeUserSessions } from '@/lib/auth/session';
import { ok, refuse, type Outcome } from '@/lib/outcome';
import { siteUrl } from '@/lib/site';

export const SETUP_LINK_HOURS = 72;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** SITE_URL when configured; otherwise the address the admin is using, so the link works as handed over. */
export function setupUrl(token: string, requestOrigin?: string | null): string {
  const base = process.env.SITE_URL || !requestOrigin ? siteUrl() : requestOrigin.replace(/\/+$/, '');
  return `${base}/setup/${token}`;
}

/** A fresh link for the user; any earlier unused link of theirs stops working. */
export async function issueSetupLink(
  tx: Tx,
  { userId, purpose, createdBy, origin }: { userId: string; purpose: SetupPurpose; createdBy: string; origin?: string | null },
) {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SETUP_LINK_HOURS * 3_600_000);
  await replaceSetupToken(tx, { userId, purpose, createdBy, tokenHash: hashToken(token), expiresAt });
  return { token, url: setupUrl(token, origin), expiresAt };
}

/** The account a still-valid link belongs to (for the set-up page), or null. */
export async function findSetupLink(db: Db, token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  return findValidSetupToken(db, { tokenHash: hashToken(token) });
}

/** Sets the password through a link; the link is spent in the same transaction, so it works once. */
export async function completeSetup(
  db: Db,
  { token, password, request }: { token: string; password: string; request: RequestInfo },
): Promise<Outcome<{ email: string }>> {
  const link = await findSetupLink(db, token);
  if (!link) return refuse(AUTH_MESSAGES.setupLinkInvalid);
  const weak = checkPassword(password, link.email);
  if (weak) return refuse(weak, { password: weak });
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const userId = await spendSetupToken(tx, { tokenHash: hashToken(token) });
    if (!userId) return refuse(AUTH_MESSAGES.setupLinkInvalid);
    await setCredentialPassword(tx, { userId, passwordHash });
    await revokeUserSessions(tx, userId);
    await recordAudit(tx, {
      action: 'password_set',
      actorUserId: userId,
      actorEmail: link.email,
      targetType: 'user',
      targetId: userId,
      ipAddress: request.ipAddress,
      userAgent: request.userAgent,
      detail: { via: link.purpose },
    });
    return ok({ email: link.email });
  });
}
