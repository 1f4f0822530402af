import { and, eq, inArray, like, or, sql } from 'drizzle-orm';
import { slugify } from '@/lib/domain/fold';
import { buildSearchDocument } from '@/lib/domain/search-document';
import type { Db, Executor } from '../client';
import { nominationEvents, nominations, slugRedirects, units } from '../schema';
import { listAncestry, resolveCommuneArea } from './admin-units';

export type NominationInsert = Omit<
  typeof nominations.$inferInsert,
  'slug' | 'districtCode' | 'provinceCodeOld' | 'provinceCodeNew' | 'currentCommuneCodes' | 'searchDocument'
>;

/**
 * A readable slug, made unique with a numeric suffix when the title repeats. An old slug kept as a
 * redirect (an example retitled) is taken too: its links must keep leading to that example.
 */
export async function allocateSlug(db: Executor, title: string): Promise<string> {
  const base = slugify(title);
  const [taken, moved] = await Promise.all([
    db
      .select({ slug: nominations.slug })
      .from(nominations)
      .where(or(eq(nominations.slug, base), like(nominations.slug, `${base}-%`))),
    db
      .select({ slug: slugRedirects.oldSlug })
      .from(slugRedirects)
      .where(or(eq(slugRedirects.oldSlug, base), like(slugRedirects.oldSlug, `${base}-%`))),
  ]);
  const used = new Set([...taken, ...moved].map((t) => t.slug));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Every column the derived ones are computed from: a change to any of them recomputes them all. */
export const DERIVED_INPUTS = ['communeTree', 'communeCode', 'unitId', 'title', 'nomineeName', 'publishMode', 'summary', 'story'] as const;
type DerivedInputs = Pick<NominationInsert, (typeof DERIVED_INPUTS)[number]>;

export function touchesDerivedColumns(changes: object): boolean {
  return DERIVED_INPUTS.some((key) => key in changes);
}

/** Area columns and the search document, recomputed whenever the commune, the unit or public text changes. */
export async function derivedNominationColumns(db: Executor, n: DerivedInputs) {
  const tree = n.communeTree;
  const area = await resolveCommuneArea(db, { tree, code: n.communeCode });
  const places = await listAncestry(db, { tree, code: n.communeCode });
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

/** A new draft and its "created" history row, in one transaction. */
export async function insertDraft(db: Db, values: NominationInsert & { createdBy: string }) {
  return db.transaction(async (tx) => {
    const row = await insertNomination(tx, values);
    await tx.insert(nominationEvents).values({ nominationId: row.id, actorId: values.createdBy, action: 'create', fromStatus: null, toStatus: 'draft' });
    const [saved] = await tx.select({ version: nominations.version, updatedAt: nominations.updatedAt }).from(nominations).where(eq(nominations.id, row.id));
    return { id: row.id, version: saved!.version, updatedAt: saved!.updatedAt };
  });
}

/** The draft a form already created, found by the form's key (a repeated first save). */
export async function findDraftByClientKey(db: Db, { unitId, clientKey }: { unitId: number; clientKey: string }) {
  const [row] = await db
    .select({ id: nominations.id, version: nominations.version, updatedAt: nominations.updatedAt })
    .from(nominations)
    .where(and(eq(nominations.unitId, unitId), eq(nominations.clientKey, clientKey)));
  return row ?? null;
}

export type DraftContent = Partial<Omit<NominationInsert, 'status' | 'version' | 'unitId' | 'createdBy' | 'clientKey'>>;

/**
 * Saves a form's content over the version it was loaded with, while the unit may still edit it.
 * Null when the version or the state moved on meanwhile: nothing is written.
 */
export async function updateDraftContent(
  db: Db,
  { id, expectedVersion, actorId, values, current }: { id: string; expectedVersion: number; actorId: string; values: DraftContent; current: NominationInsert },
) {
  const derived = await derivedNominationColumns(db, { ...current, ...values });
  const [saved] = await db
    .update(nominations)
    .set({ ...values, ...derived, version: sql`${nominations.version} + 1`, updatedAt: sql`now()`, updatedBy: actorId })
    .where(and(eq(nominations.id, id), eq(nominations.version, expectedVersion), inArray(nominations.status, ['draft', 'returned'])))
    .returning({ version: nominations.version, updatedAt: nominations.updatedAt });
  return saved ?? null;
}
