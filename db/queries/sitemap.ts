import { desc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { nominations } from '../schema';

export async function listPublishedSlugs(db: Db, { limit }: { limit: number }) {
  return db
    .select({ slug: nominations.slug, approvedAt: nominations.approvedAt, tree: nominations.communeTree, commune: nominations.communeCode })
    .from(nominations)
    .where(eq(nominations.status, 'approved'))
    .orderBy(desc(nominations.approvedAt))
    .limit(limit);
}
