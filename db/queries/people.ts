import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Role } from '@/lib/domain/vocabulary';
import type { Db } from '../client';
import { adminUnits, units, users } from '../schema';

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
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
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
      accounts: members.n,
    })
    .from(units)
    .leftJoin(adminUnits, and(eq(adminUnits.tree, units.adminUnitTree), eq(adminUnits.code, units.adminUnitCode)))
    .leftJoin(members, eq(members.unitId, units.id))
    .orderBy(asc(units.name));
}
