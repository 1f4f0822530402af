import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { accounts, users } from '../schema';

/** What a sign-in needs to know about the account behind an email: null when there is none. */
export async function findSignInAccount(db: Db, { email }: { email: string }) {
  const [row] = await db
    .select({ id: users.id, role: users.role, active: users.active, passwordHash: accounts.password })
    .from(users)
    .leftJoin(accounts, eq(accounts.userId, users.id))
    .where(eq(users.email, email))
    .limit(1);
  return row ?? null;
}
