import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { accounts, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { DEMO_PASSWORD } from '@/db/seed/demo-units';
import { hashPassword } from '@/lib/auth/password-hash';
import type { SessionUser } from '@/lib/domain/actor';
import type { Role } from '@/lib/domain/vocabulary';
import { createDiskStorage } from '@/lib/uploads/storage';

export const PASSWORD = DEMO_PASSWORD;

/** The six people of the permission matrix (DESIGN §2). */
export const PEOPLE = {
  memberA: 'phunghia@guongsang.test',
  memberB: 'hoinongdan@guongsang.test',
  reviewerIn: 'thamdinh@guongsang.test',
  reviewerOut: 'thamdinh.dongxoai@guongsang.test',
  admin: 'admin@guongsang.test',
} as const;
export type Person = keyof typeof PEOPLE;

export async function addUser(
  db: Db,
  user: { email: string; name: string; role: Role; unitId: number | null; scope?: { tree: '2024' | '2025'; code: string } },
) {
  const id = randomUUID();
  await db.insert(users).values({
    id,
    name: user.name,
    email: user.email,
    role: user.role,
    unitId: user.unitId,
    scopeTree: user.scope?.tree ?? null,
    scopeCode: user.scope?.code ?? null,
  });
  await db.insert(accounts).values({ id: randomUUID(), accountId: id, providerId: 'credential', userId: id, password: await hashPassword(PASSWORD) });
  return id;
}

/** The demo: Bù Gia Mập's units and reviewer, and Đồng Xoài's reviewer, whose scope holds none of it. */
export async function seedPeople(db: Db) {
  await seedDemo(db, createDiskStorage(mkdtempSync(join(tmpdir(), 'guongsang-uploads-'))));
}

/** The session as the app builds it for this account. */
export async function sessionUserOf(db: Db, email: string): Promise<SessionUser> {
  const [u] = await db.select().from(users).where(eq(users.email, email));
  if (!u) throw new Error(`no user ${email}`);
  const scope = u.scopeTree && u.scopeCode ? { tree: u.scopeTree, code: u.scopeCode } : null;
  return { id: u.id, name: u.name, email, role: u.role, unitId: u.unitId, unitName: null, scope, reviewLead: u.reviewLead };
}

export async function userIdOf(db: Db, email: string): Promise<string> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!row) throw new Error(`no user ${email}`);
  return row.id;
}

/** "name=value" pairs from Set-Cookie lines, as a browser would send them back. */
export function cookieHeader(setCookie: string[]): string {
  return setCookie
    .map((line) => line.split(';')[0]!)
    .filter((pair) => pair.split('=')[1] !== '')
    .join('; ');
}

export function requestHeaders(extra: Record<string, string> = {}): Headers {
  return new Headers({ 'user-agent': 'vitest', 'x-forwarded-for': '203.0.113.7', ...extra });
}
