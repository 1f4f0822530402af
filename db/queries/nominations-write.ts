import { eq, like, or } from 'drizzle-orm';
import type { AdminTree } from '@/lib/domain/vocabulary';
import { buildSearchDocument } from '@/lib/domain/search-document';
import { slugify } from '@/lib/domain/fold';
import type { Db } from '../client';
import { nominations, units } from '../schema';
import { listAncestry, resolveCommuneArea } from './admin-units';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Executor = Db | Tx;

export type NominationInsert = Omit<
  typeof nominations.$inferInsert,
  'slug' | 'districtCode' | 'provinceCodeOld' | 'provinceCodeNew' | 'currentCommuneCodes' | 'searchDocument'
>;

/** A readable slug, made unique with a numeric suffix when the title repeats. */
export async function allocateSlug(db: Executor, title: string): Promise<string> {
  const base = slugify(title);
  const taken = await db
    .select({ slug: nominations.slug })
    .from(nominations)
    .where(or(eq(nominations.slug, base), like(nominations.slug, `${base}-%`)));
  const used = new Set(taken.map((t) => t.slug));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Area columns and the search document, recomputed whenever the commune or public text changes. */
export async function derivedNominationColumns(db: Executor, n: NominationInsert) {
  const tree = n.communeTree as AdminTree;
  const area = await resolveCommuneArea(db as Db, { tree, code: n.communeCode });
  const places = await listAncestry(db as Db, { tree, code: n.communeCode });
  const [unit] = await db.select({ name: units.name }).from(units).where(eq(units.id, n.unitId));
  const searchDocument = buildSearchDocument({
    title: n.title,
    nomineeName: n.nomineeName,
    publishMode: n.publishMode ?? 'named',
    summary: n.summary ?? '',
    story: n.story ?? '',
    placeNames: places.map((p) => p.name),
    unitName: unit?.name ?? '',
  });
  return { ...area, searchDocument };
}

export async function insertNomination(db: Executor, n: NominationInsert) {
  const slug = await allocateSlug(db, n.title);
  const derived = await derivedNominationColumns(db, n);
  const [row] = await db
    .insert(nominations)
    .values({ ...n, slug, ...derived })
    .returning({ id: nominations.id, slug: nominations.slug });
  if (!row) throw new Error('insert returned no row');
  return row;
}
