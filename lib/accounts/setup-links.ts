import 'server-only';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { recordAudit } from '@/db/queries/audit';
import { accounts, setupTokens, users } from '@/db/schema';
import { AUTH_MESSAGES } from '@/lib/auth/messages';
import { hashPassword } from '@/lib/auth/password-hash';
import { checkPassword } from '@/lib/auth/password-policy';
import type { RequestInfo } from '@/lib/auth/request-info';
import { revokeUserSessions } from '@/lib/auth/session';
import { ok, refuse, type Outcome } from '@/lib/outcome';
import { siteUrl } from '@/lib/site';

export const SETUP_LINK_HOURS = 72;
export type SetupPurpose = 'setup' | 'reset';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

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
  await tx
    .update(setupTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(setupTokens.userId, userId), isNull(setupTokens.usedAt)));
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SETUP_LINK_HOURS * 3_600_000);
  await tx.insert(setupTokens).values({ tokenHash: hashToken(token), userId, purpose, createdBy, expiresAt });
  return { token, url: setupUrl(token, origin), expiresAt };
}

/** The account a still-valid link belongs to (for the set-up page), or null. */
export async function findSetupLink(db: Db, token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const [row] = await db
    .select({ userId: users.id, name: users.name, email: users.email, purpose: setupTokens.purpose, expiresAt: setupTokens.expiresAt })
    .from(setupTokens)
    .innerJoin(users, eq(users.id, setupTokens.userId))
    .where(and(eq(setupTokens.tokenHash, hashToken(token)), isNull(setupTokens.usedAt), gt(setupTokens.expiresAt, sql`now()`), eq(users.active, true)));
  return row ?? null;
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
    const [spent] = await tx
      .update(setupTokens)
      .set({ usedAt: sql`now()` })
      .where(and(eq(setupTokens.tokenHash, hashToken(token)), isNull(setupTokens.usedAt), gt(setupTokens.expiresAt, sql`now()`)))
      .returning({ userId: setupTokens.userId });
    if (!spent) return refuse(AUTH_MESSAGES.setupLinkInvalid);
    const updated = await tx
      .update(accounts)
      .set({ password: passwordHash, updatedAt: sql`now()` })
      .where(and(eq(accounts.userId, spent.userId), eq(accounts.providerId, 'credential')))
      .returning({ id: accounts.id });
    if (updated.length === 0) {
      await tx.insert(accounts).values({ id: randomUUID(), accountId: spent.userId, providerId: 'credential', userId: spent.userId, password: passwordHash });
    }
    await tx
      .update(users)
      .set({ mustChangePassword: false, updatedAt: sql`now()` })
      .where(eq(users.id, spent.userId));
    await revokeUserSessions(tx, spent.userId);
    await recordAudit(tx, {
      action: 'password_set',
      actorUserId: spent.userId,
      actorEmail: link.email,
      targetType: 'user',
      targetId: spent.userId,
      ipAddress: request.ipAddress,
      userAgent: request.userAgent,
      detail: { via: link.purpose },
    });
    return ok({ email: link.email });
  });
}
