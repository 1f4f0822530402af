import 'server-only';
import { asc, desc, eq } from 'drizzle-orm';
import type { MostViewedExample } from '@/lib/domain/outreach';
import type { Db } from '../client';
import { exampleViewTotals, nominations } from '../schema';
import { cardColumns } from './examples';
import { statsConditions } from './stats';

/** The approved examples of the statistics' scope (campaign, years, area) seen most often, all days together. */
export async function listMostViewedExamples(db: Db, scope: Parameters<typeof statsConditions>[0] & { limit: number }): Promise<MostViewedExample[]> {
  const rows = await db
    .select({ slug: nominations.slug, title: nominations.title, communeName: cardColumns.communeName, views: exampleViewTotals.views })
    .from(nominations)
    .innerJoin(exampleViewTotals, eq(exampleViewTotals.nominationId, nominations.id))
    .where(statsConditions(scope))
    .orderBy(desc(exampleViewTotals.views), asc(nominations.title))
    .limit(scope.limit);
  return rows.map((r) => ({ ...r, views: Number(r.views) }));
}
