import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Role, AdminTree } from '@/lib/domain/vocabulary';
import type { Db, Executor, Tx } from '../client';
import { accounts, adminUnits, units, users } from '../schema';
import { isUuid } from '@/lib/domain/ids';
import type { NominationArea } from '@/lib/domain/nomination-area';
import { listNewCommunesOfOld } from './admin-units';

const userColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  active: users.active,
  mustChangePassword: users.mustChangePassword,
  unitId: users.unitId,
  unitName: units.name,
  scopeTree: users.scopeTree,
  scopeCode: users.scopeCode,
  scopeName: adminUnits.fullName,
  reviewLead: users.reviewLead,
};

export interface UserListFilter {
  unitId?: number;
  role?: Role;
  q?: string;
}

/** Users for the admin console, grouped by unit then name; never the password or session data. */
export async function listUsers(db: Db, filter: UserListFilter = {}) {
  const conditions: SQL[] = [];
  if (filter.unitId) conditions.push(eq(users.unitId, filter.unitId));
  if (filter.role) conditions.push(eq(users.role, filter.role));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(users.name, pattern), ilike(users.email, pattern))!);
  }
  return db
    .select(userColumns)
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .leftJoin(adminUnits, and(eq(adminUnits.tree, users.scopeTree), eq(adminUnits.code, users.scopeCode)))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(units.name), asc(users.name));
}

export type UserListItem = Awaited<ReturnType<typeof listUsers>>[number];

export async function getUserForAdmin(db: Db, id: string): Promise<UserListItem | null> {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select(userColumns)
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .leftJoin(adminUnits, and(eq(adminUnits.tree, users.scopeTree), eq(adminUnits.code, users.scopeCode)))
    .where(eq(users.id, id));
  return row ?? null;
}

/** Units with where they sit and how many accounts they have. */
export async function listUnits(db: Db) {
  const members = db
    .select({ unitId: users.unitId, n: count().as('n') })
    .from(users)
    .groupBy(users.unitId)
    .as('members');
  return db
    .select({
      id: units.id,
      name: units.name,
      kind: units.kind,
      active: units.active,
      adminUnitTree: units.adminUnitTree,
      adminUnitCode: units.adminUnitCode,
      placeName: adminUnits.fullName,
      nominationAreaTree: units.nominationAreaTree,
      nominationAreaCode: units.nominationAreaCode,
      accounts: members.n,
    })
    .from(units)
    .leftJoin(adminUnits, and(eq(adminUnits.tree, units.adminUnitTree), eq(adminUnits.code, units.adminUnitCode)))
    .leftJoin(members, eq(members.unitId, units.id))
    .orderBy(asc(units.name));
}

/** Where a unit sits on the map: (tree, code) of the administrative unit it belongs to. */
export async function getUnitPlace(db: Db, { unitId }: { unitId: number }) {
  const [unit] = await db.select({ tree: units.adminUnitTree, code: units.adminUnitCode }).from(units).where(eq(units.id, unitId));
  return unit ?? null;
}

export async function isUnitActive(db: Executor, { unitId }: { unitId: number }): Promise<boolean> {
  const [unit] = await db.select({ active: units.active }).from(units).where(eq(units.id, unitId));
  return unit?.active === true;
}

export async function isEmailTaken(db: Executor, { email }: { email: string }): Promise<boolean> {
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return Boolean(taken);
}

export type UserInsert = Pick<typeof users.$inferInsert, 'id' | 'name' | 'email' | 'role' | 'unitId' | 'scopeTree' | 'scopeCode' | 'mustChangePassword'>;

export async function insertUser(tx: Executor, values: UserInsert): Promise<void> {
  await tx.insert(users).values(values);
}

/** Sets the flag and answers the account's email, or null when there is no such account. */
export async function setUserActiveFlag(tx: Executor, { userId, active }: { userId: string; active: boolean }): Promise<string | null> {
  const [row] = await tx
    .update(users)
    .set({ active, updatedAt: sql`now()` })
    .where(eq(users.id, userId))
    .returning({ email: users.email });
  return row?.email ?? null;
}

/** The password stops working at once; the user must choose a new one. Answers the email, or null. */
export async function clearUserPassword(tx: Executor, { userId }: { userId: string }): Promise<string | null> {
  const [row] = await tx
    .update(users)
    .set({ mustChangePassword: true, updatedAt: sql`now()` })
    .where(eq(users.id, userId))
    .returning({ email: users.email });
  if (!row) return null;
  await tx
    .update(accounts)
    .set({ password: null })
    .where(and(eq(accounts.userId, userId), eq(accounts.providerId, 'credential')));
  return row.email;
}

export type UnitInsert = Pick<typeof units.$inferInsert, 'name' | 'kind' | 'adminUnitTree' | 'adminUnitCode'>;

export async function insertUnit(tx: Executor, values: UnitInsert): Promise<number> {
  const [row] = await tx.insert(units).values(values).returning({ id: units.id });
  if (!row) throw new Error('unit insert returned no row');
  return row.id;
}

/** Where a unit may nominate: the area an admin widened it to, or its own place. */
export async function getUnitNominationArea(db: Db, { unitId }: { unitId: number }): Promise<NominationArea | null> {
  const [unit] = await db
    .select({ tree: units.adminUnitTree, code: units.adminUnitCode, areaTree: units.nominationAreaTree, areaCode: units.nominationAreaCode })
    .from(units)
    .where(eq(units.id, unitId));
  if (!unit) return null;
  const tree = unit.areaTree ?? unit.tree;
  const code = unit.areaCode ?? unit.code;
  const counterparts = tree === '2024' && code.length === 5 ? (await listNewCommunesOfOld(db, { oldCode: code })).map((c) => c.code) : [];
  return { tree, code, counterparts };
}

/** Widens (or resets, with null) the area a unit may nominate in. */
export async function setUnitNominationArea(
  tx: Executor,
  { unitId, area }: { unitId: number; area: { tree: AdminTree; code: string } | null },
): Promise<boolean> {
  const rows = await tx
    .update(units)
    .set({ nominationAreaTree: area?.tree ?? null, nominationAreaCode: area?.code ?? null })
    .where(eq(units.id, unitId))
    .returning({ id: units.id });
  return rows.length > 0;
}

export async function getUnit(db: Db, { id }: { id: number }) {
  const [row] = await db
    .select({
      id: units.id,
      name: units.name,
      kind: units.kind,
      active: units.active,
      tree: units.adminUnitTree,
      code: units.adminUnitCode,
      placeName: adminUnits.fullName,
      nominationAreaTree: units.nominationAreaTree,
      nominationAreaCode: units.nominationAreaCode,
    })
    .from(units)
    .leftJoin(adminUnits, and(eq(adminUnits.tree, units.adminUnitTree), eq(adminUnits.code, units.adminUnitCode)))
    .where(eq(units.id, id));
  return row ?? null;
}

/** What the admin's edit form changes about an account. */
export interface UserMembership {
  role: Role;
  unitId: number | null;
  scopeTree: AdminTree | null;
  scopeCode: string | null;
  reviewLead: boolean;
}

/** The account's membership, its row locked until the transaction ends; null when there is no such account. */
export async function lockUserMembership(tx: Tx, { userId }: { userId: string }): Promise<(UserMembership & { email: string }) | null> {
  if (!isUuid(userId)) return null;
  const [row] = await tx
    .select({
      email: users.email,
      role: users.role,
      unitId: users.unitId,
      scopeTree: users.scopeTree,
      scopeCode: users.scopeCode,
      reviewLead: users.reviewLead,
    })
    .from(users)
    .where(eq(users.id, userId))
    .for('update');
  return row ?? null;
}

export async function updateUserMembership(tx: Executor, { userId, membership }: { userId: string; membership: UserMembership }): Promise<void> {
  await tx
    .update(users)
    .set({ ...membership, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
}
