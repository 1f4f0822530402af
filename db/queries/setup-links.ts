import { randomUUID } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db, Executor } from '../client';
import { accounts, setupTokens, users } from '../schema';

export type SetupPurpose = 'setup' | 'reset';

/** A fresh link replaces the user's unused ones: only the newest link works. */
export async function replaceSetupToken(
  tx: Executor,
  { userId, purpose, createdBy, tokenHash, expiresAt }: { userId: string; purpose: SetupPurpose; createdBy: string; tokenHash: string; expiresAt: Date },
): Promise<void> {
  await tx
    .update(setupTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(setupTokens.userId, userId), isNull(setupTokens.usedAt)));
  await tx.insert(setupTokens).values({ tokenHash, userId, purpose, createdBy, expiresAt });
}

/** The active account a still-valid link belongs to, or null. */
export async function findValidSetupToken(db: Db, { tokenHash }: { tokenHash: string }) {
  const [row] = await db
    .select({ userId: users.id, name: users.name, email: users.email, purpose: setupTokens.purpose, expiresAt: setupTokens.expiresAt })
    .from(setupTokens)
    .innerJoin(users, eq(users.id, setupTokens.userId))
    .where(and(eq(setupTokens.tokenHash, tokenHash), isNull(setupTokens.usedAt), gt(setupTokens.expiresAt, sql`now()`), eq(users.active, true)));
  return row ?? null;
}

/** Marks the link used if it still works; the user it belongs to, or null when it was already spent. */
export async function spendSetupToken(tx: Executor, { tokenHash }: { tokenHash: string }): Promise<string | null> {
  const [spent] = await tx
    .update(setupTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(setupTokens.tokenHash, tokenHash), isNull(setupTokens.usedAt), gt(setupTokens.expiresAt, sql`now()`)))
    .returning({ userId: setupTokens.userId });
  return spent?.userId ?? null;
}

/** Stores the new password hash (creating the credential if the account never had one) and lifts the must-change flag. */
export async function setCredentialPassword(tx: Executor, { userId, passwordHash }: { userId: string; passwordHash: string }): Promise<void> {
  const updated = await tx
    .update(accounts)
    .set({ password: passwordHash, updatedAt: sql`now()` })
    .where(and(eq(accounts.userId, userId), eq(accounts.providerId, 'credential')))
    .returning({ id: accounts.id });
  if (updated.length === 0) {
    await tx.insert(accounts).values({ id: randomUUID(), accountId: userId, providerId: 'credential', userId, password: passwordHash });
  }
  await tx
    .update(users)
    .set({ mustChangePassword: false, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
}

/** Whom a mailed set-up link goes to: an active account, and whether it already has a password (then the link resets it). */
export async function findSetupLinkRecipient(tx: Executor, { userId }: { userId: string }) {
  const [row] = await tx
    .select({
      name: users.name,
      email: users.email,
      active: users.active,
      // Spelled out: drizzle leaves columns unqualified inside a selected sql expression.
      hasPassword: sql<boolean>`exists (select 1 from accounts a where a.user_id = users.id and a.provider_id = 'credential' and a.password is not null)`,
    })
    .from(users)
    .where(eq(users.id, userId))
    .for('update');
  return row ?? null;
}
