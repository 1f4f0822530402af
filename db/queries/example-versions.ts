import { and, asc, desc, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import { pickVersioned, type VersionedField, type VersionedValues } from '@/lib/domain/example-versions';
import { slugify } from '@/lib/domain/fold';
import type { Db, Executor } from '../client';
import { preparedOnce } from '../prepared';
import { exampleUpdates, exampleVersions, nominations, slugRedirects, users } from '../schema';

export interface PublishedVersion {
  n: number;
  publishedAt: Date;
  changed: VersionedField[];
  photosAdded: number;
}

const published = eq(nominations.status, 'approved');

/** The number of the live version: 1 until an update is approved (version 1 is written lazily then). */
export async function currentVersionNumber(db: Executor, { nominationId }: { nominationId: string }): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(max(${exampleVersions.n}), 1)` })
    .from(exampleVersions)
    .where(eq(exampleVersions.nominationId, nominationId));
  return Number(row?.n ?? 1);
}

/** The pending proposal of an example, if any. */
export async function getPendingUpdate(db: Executor, { nominationId }: { nominationId: string }) {
  const [row] = await db
    .select({
      id: exampleUpdates.id,
      fields: exampleUpdates.fields,
      changed: exampleUpdates.changed,
      baseVersion: exampleUpdates.baseVersion,
      note: exampleUpdates.note,
      proposedAt: exampleUpdates.proposedAt,
      proposedByName: users.name,
    })
    .from(exampleUpdates)
    .leftJoin(users, eq(users.id, exampleUpdates.proposedBy))
    .where(and(eq(exampleUpdates.nominationId, nominationId), eq(exampleUpdates.status, 'pending')));
  return row ? { ...row, baseVersion: Number(row.baseVersion) } : null;
}

export type PendingUpdate = NonNullable<Awaited<ReturnType<typeof getPendingUpdate>>>;

/** The latest decided proposals of an example (for its unit and reviewers), newest first. */
export async function listDecidedUpdates(db: Executor, { nominationId, limit }: { nominationId: string; limit: number }) {
  return db
    .select({
      id: exampleUpdates.id,
      status: exampleUpdates.status,
      decidedAt: exampleUpdates.decidedAt,
      reason: exampleUpdates.reason,
      changed: exampleUpdates.changed,
    })
    .from(exampleUpdates)
    .where(and(eq(exampleUpdates.nominationId, nominationId), inArray(exampleUpdates.status, ['approved', 'rejected', 'withdrawn'])))
    .orderBy(desc(exampleUpdates.proposedAt))
    .limit(limit);
}

export async function insertUpdate(
  tx: Executor,
  values: {
    id: string;
    nominationId: string;
    fields: VersionedValues;
    changed: VersionedField[];
    baseVersion: number;
    note: string;
    proposedBy: string | null;
  },
) {
  await tx.insert(exampleUpdates).values(values);
}

export async function closeUpdate(
  tx: Executor,
  { id, status, decidedBy, reason }: { id: string; status: 'approved' | 'rejected' | 'withdrawn'; decidedBy: string; reason?: string | null },
) {
  await tx
    .update(exampleUpdates)
    .set({ status, decidedBy, reason: reason ?? null, decidedAt: sql`now()` })
    .where(and(eq(exampleUpdates.id, id), eq(exampleUpdates.status, 'pending')));
}

/**
 * Appends the approved update as version n+1. Version 1 (the example as first approved) is written
 * here the first time, from the live row before the update: until then the live row is version 1.
 */
export async function appendVersion(
  tx: Executor,
  {
    row,
    after,
    changed,
    updateId,
    photosAdded = 0,
  }: {
    row: Record<string, unknown> & { id: string; approvedAt: Date | null };
    after: VersionedValues;
    changed: VersionedField[];
    updateId: string;
    photosAdded?: number;
  },
): Promise<number> {
  const n = await currentVersionNumber(tx, { nominationId: row.id });
  if (n === 1) {
    await tx
      .insert(exampleVersions)
      .values({ nominationId: row.id, n: 1, fields: pickVersioned(row), changed: [], publishedAt: row.approvedAt ?? sql`now()` })
      .onConflictDoNothing();
  }
  await tx.insert(exampleVersions).values({ nominationId: row.id, n: n + 1, fields: after, changed, updateId, photosAdded, publishedAt: sql`now()` });
  return n + 1;
}

/**
 * The slug for a new title: the current one when the title folds to the same words, else a fresh one
 * taken by no example and no old slug of another example.
 */
export async function slugForNewTitle(
  tx: Executor,
  { nominationId, currentSlug, oldTitle, newTitle }: { nominationId: string; currentSlug: string; oldTitle: string; newTitle: string },
) {
  const base = slugify(newTitle);
  if (base === slugify(oldTitle)) return currentSlug;
  const [live, moved] = await Promise.all([
    tx
      .select({ slug: nominations.slug })
      .from(nominations)
      .where(or(eq(nominations.slug, base), like(nominations.slug, `${base}-%`))),
    tx
      .select({ slug: slugRedirects.oldSlug, nominationId: slugRedirects.nominationId })
      .from(slugRedirects)
      .where(or(eq(slugRedirects.oldSlug, base), like(slugRedirects.oldSlug, `${base}-%`))),
  ]);
  // This example's own old slugs may be taken back (a title changed and changed back).
  const used = new Set([...live.map((r) => r.slug), ...moved.filter((r) => r.nominationId !== nominationId).map((r) => r.slug)]);
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** Keeps the old slug answering (301) and drops a redirect of the slug the example takes back. */
export async function recordSlugChange(tx: Executor, { nominationId, oldSlug, newSlug }: { nominationId: string; oldSlug: string; newSlug: string }) {
  await tx.delete(slugRedirects).where(eq(slugRedirects.oldSlug, newSlug));
  await tx
    .insert(slugRedirects)
    .values({ oldSlug, nominationId })
    .onConflictDoUpdate({ target: slugRedirects.oldSlug, set: { nominationId, createdAt: sql`now()` } });
}

/** The current slug an old slug moved to, only while the example is published. */
export async function findSlugRedirect(db: Db, { slug }: { slug: string }): Promise<string | null> {
  const [row] = await db
    .select({ slug: nominations.slug })
    .from(slugRedirects)
    .innerJoin(nominations, eq(nominations.id, slugRedirects.nominationId))
    .where(and(eq(slugRedirects.oldSlug, slug), published));
  return row?.slug ?? null;
}

/**
 * The public history of a published example, oldest first; one implicit version 1 when never updated.
 * `recorded: false` says the caller already knows it has no version rows (findPublishedExample's parts).
 */
export async function listPublishedVersions(
  db: Db,
  { nominationId, approvedAt, recorded = true }: { nominationId: string; approvedAt: Date; recorded?: boolean },
): Promise<PublishedVersion[]> {
  const implicit: PublishedVersion[] = [{ n: 1, publishedAt: approvedAt, changed: [], photosAdded: 0 }];
  if (!recorded) return implicit;
  const rows = await preparedOnce(db, 'published-versions', (statement) =>
    db
      .select({ n: exampleVersions.n, publishedAt: exampleVersions.publishedAt, changed: exampleVersions.changed, photosAdded: exampleVersions.photosAdded })
      .from(exampleVersions)
      .innerJoin(nominations, eq(nominations.id, exampleVersions.nominationId))
      .where(and(eq(exampleVersions.nominationId, sql.placeholder('nominationId')), published))
      .orderBy(asc(exampleVersions.n))
      .prepare(statement),
  ).execute({ nominationId });
  if (rows.length === 0) return implicit;
  return rows.map((r) => ({ n: Number(r.n), publishedAt: r.publishedAt, changed: r.changed, photosAdded: Number(r.photosAdded) }));
}

/** One version of a published example by its current slug; null when either does not exist or is not public. */
export async function getPublishedVersion(db: Db, { slug, n }: { slug: string; n: number }) {
  const [row] = await db
    .select({ id: nominations.id, approvedAt: nominations.approvedAt, fields: exampleVersions.fields, publishedAt: exampleVersions.publishedAt })
    .from(nominations)
    .leftJoin(exampleVersions, and(eq(exampleVersions.nominationId, nominations.id), eq(exampleVersions.n, n)))
    .where(and(eq(nominations.slug, slug), published));
  if (!row) return null;
  if (row.fields && row.publishedAt) return { n, fields: pickVersioned(row.fields), publishedAt: row.publishedAt };
  // Never updated: version 1 is the live row.
  if (n !== 1 || (await currentVersionNumber(db, { nominationId: row.id })) !== 1) return null;
  const [live] = await db.select().from(nominations).where(eq(nominations.id, row.id));
  return live ? { n: 1, fields: pickVersioned(live), publishedAt: row.approvedAt! } : null;
}

/** Pending proposals on published examples in the person's review scope (all for an admin), oldest first. */
export async function listPendingUpdatesInScope(db: Db, { scope }: { scope: SQL | undefined }) {
  return db
    .select({ nominationId: nominations.id, title: nominations.title, proposedAt: exampleUpdates.proposedAt, changed: exampleUpdates.changed })
    .from(exampleUpdates)
    .innerJoin(nominations, eq(nominations.id, exampleUpdates.nominationId))
    .where(and(eq(exampleUpdates.status, 'pending'), published, scope))
    .orderBy(asc(exampleUpdates.proposedAt))
    .limit(50);
}
