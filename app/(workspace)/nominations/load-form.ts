import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { adminUnits, nominations, units } from '@/db/schema';
import { listOpenCampaigns } from '@/db/queries/unit-nomination';

/** What every nomination form needs: the campaigns open now. */
export async function loadCampaigns(db: Db) {
  const rows = await listOpenCampaigns(db);
  return rows.map((c) => ({ id: c.id, shortName: c.shortName, startYear: c.startYear, endYear: c.endYear }));
}

export async function communeLabel(db: Db, tree: string, code: string) {
  const [row] = await db
    .select({ fullName: adminUnits.fullName })
    .from(adminUnits)
    .where(and(eq(adminUnits.tree, tree), eq(adminUnits.code, code)));
  return row ? { tree: tree as '2024' | '2025', code, label: row.fullName } : null;
}

/** A commune unit's own commune is the natural default; other units choose. */
export async function unitCommune(db: Db, unitId: number) {
  const [unit] = await db.select({ tree: units.adminUnitTree, code: units.adminUnitCode }).from(units).where(eq(units.id, unitId));
  if (!unit || unit.code.length !== 5) return null;
  return communeLabel(db, unit.tree, unit.code);
}

export async function exampleTitle(db: Db, id: string | null) {
  if (!id) return null;
  const [row] = await db.select({ id: nominations.id, title: nominations.title }).from(nominations).where(eq(nominations.id, id));
  return row ?? null;
}
