import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { nominations } from '../schema';

// A published example changes when it is edited or commended after approval, not only when approved.
const lastModified = sql<Date>`greatest(${nominations.approvedAt}, ${nominations.updatedAt})`.mapWith((v: string | Date) => new Date(v));
const published = and(eq(nominations.status, 'approved'), isNotNull(nominations.approvedAt));

/**
 * Sitemap files of published examples, `pageSize` each, numbered from 1 in approval order (so a new approval
 * lands in the last file and the others stay as they were), with the latest change in each.
 */
export async function listSitemapExampleFiles(db: Db, { pageSize }: { pageSize: number }) {
  const rows = await db
    .select({
      file: sql<number>`(row_number() OVER (ORDER BY ${nominations.approvedAt}, ${nominations.id}) - 1) / ${pageSize} + 1`.mapWith(Number),
      lastModified,
    })
    .from(nominations)
    .where(published);
  const files = new Map<number, Date>();
  for (const row of rows) {
    const seen = files.get(row.file);
    if (!seen || row.lastModified > seen) files.set(row.file, row.lastModified);
  }
  return [...files].sort(([a], [b]) => a - b).map(([file, modified]) => ({ file, lastModified: modified }));
}

/** The examples of sitemap file `file` (from 1): their slugs and when each last changed. */
export async function listSitemapExamples(db: Db, { file, pageSize }: { file: number; pageSize: number }) {
  return db
    .select({ slug: nominations.slug, lastModified })
    .from(nominations)
    .where(published)
    .orderBy(asc(nominations.approvedAt), asc(nominations.id))
    .limit(pageSize)
    .offset((file - 1) * pageSize);
}

/** Communes with at least one published example, as their pages are addressed, with the latest change. */
export async function listSitemapCommunes(db: Db) {
  return db
    .select({
      tree: nominations.communeTree,
      code: nominations.communeCode,
      lastModified: sql<Date>`max(greatest(${nominations.approvedAt}, ${nominations.updatedAt}))`.mapWith((v: string | Date) => new Date(v)),
    })
    .from(nominations)
    .where(published)
    .groupBy(nominations.communeTree, nominations.communeCode)
    .orderBy(nominations.communeTree, nominations.communeCode);
}
