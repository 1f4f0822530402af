import { and, count, desc, eq, sql } from 'drizzle-orm';
import { foldVietnamese } from '@/lib/domain/fold';
import type { Db } from '../client';
import { adminUnits, nominations } from '../schema';

/** Communes of either tree whose folded name contains the query, for the picker. */
export async function searchCommunes(db: Db, { q, limit }: { q: string; limit: number }) {
  const folded = foldVietnamese(q)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (folded.length < 2) return [];
  const rows = await db
    .select({
      tree: adminUnits.tree,
      code: adminUnits.code,
      name: adminUnits.name,
      fullName: adminUnits.fullName,
      // Qualified by hand: drizzle leaves columns unqualified in a one-table select.
      parentName: sql<string>`(SELECT p.full_name FROM admin_units p WHERE p.tree = "admin_units"."tree" AND p.code = "admin_units"."parent_code")`,
    })
    .from(adminUnits)
    .where(
      and(
        sql`((${adminUnits.tree} = '2024' AND ${adminUnits.level} = 3) OR (${adminUnits.tree} = '2025' AND ${adminUnits.level} = 2))`,
        sql`f_unaccent(lower(${adminUnits.name})) LIKE ${`%${folded}%`}`,
      ),
    )
    .orderBy(sql`f_unaccent(lower(${adminUnits.name})) = ${folded} DESC`, desc(adminUnits.tree), adminUnits.name)
    .limit(limit);
  return rows.map((r) => ({ ...r, tree: r.tree }));
}

/** Communes with the most published examples, for the home page's entry points. */
export async function listBusiestCommunes(db: Db, { limit }: { limit: number }) {
  const rows = await db
    .select({
      tree: nominations.communeTree,
      code: nominations.communeCode,
      name: sql<string>`(SELECT full_name FROM admin_units au WHERE au.tree = ${nominations.communeTree} AND au.code = ${nominations.communeCode})`,
      n: count(),
    })
    .from(nominations)
    .where(eq(nominations.status, 'approved'))
    .groupBy(nominations.communeTree, nominations.communeCode)
    .orderBy(desc(count()))
    .limit(limit);
  return rows.map((r) => ({ ...r, tree: r.tree }));
}

export async function countExamplesByYear(db: Db) {
  const rows = await db
    .select({ year: nominations.year, n: count() })
    .from(nominations)
    .where(eq(nominations.status, 'approved'))
    .groupBy(nominations.year)
    .orderBy(desc(nominations.year));
  return rows.map((r) => ({ year: Number(r.year), n: r.n }));
}

/** Where the examples are, at a level that stays short: districts while few have any, else current provinces. */
export async function listAreasWithExamples(db: Db, { maxDistricts }: { maxDistricts: number }) {
  const districts = await listDistrictsWithExamples(db, { limit: maxDistricts + 1 });
  if (districts.length <= maxDistricts) return districts.map((d) => ({ href: `/examples?district=${d.code}`, name: d.name, n: d.n }));
  const provinces = await db
    .select({
      code: nominations.provinceCodeNew,
      name: sql<string>`(SELECT full_name FROM admin_units au WHERE au.tree = '2025' AND au.code = ${nominations.provinceCodeNew})`,
      n: count(),
    })
    .from(nominations)
    .where(and(eq(nominations.status, 'approved'), sql`${nominations.provinceCodeNew} IS NOT NULL`))
    .groupBy(nominations.provinceCodeNew)
    .orderBy(desc(count()));
  return provinces.map((p) => ({ href: `/examples?province=2025:${p.code}`, name: p.name, n: p.n }));
}

export async function listDistrictsWithExamples(db: Db, { limit }: { limit: number }) {
  return db
    .select({
      code: nominations.districtCode,
      name: sql<string>`(SELECT full_name FROM admin_units au WHERE au.tree = '2024' AND au.code = ${nominations.districtCode})`,
      n: count(),
    })
    .from(nominations)
    .where(and(eq(nominations.status, 'approved'), sql`${nominations.districtCode} IS NOT NULL`))
    .groupBy(nominations.districtCode)
    .orderBy(desc(count()))
    .limit(limit);
}
