import { inArray, sql } from 'drizzle-orm';
import type { ViewCount } from '@/lib/domain/outreach';
import type { Db, Executor } from '../client';
import { exampleViewTotals } from '../schema';

// No `server-only` here: scripts/server.ts flushes its counts through this file.

/**
 * Adds a batch of counted views to the daily rows and the totals, in one transaction. Additive upserts, so
 * processes flushing at the same time add up instead of overwriting each other; rows are touched in one
 * order (example, then day), so two flushes wait for each other rather than deadlock. Views of a slug that
 * is no longer published are dropped. Nothing here moves the public data version: the figures shown may
 * lag by a cache lifetime, and the page cache keeps working however many people read.
 */
export async function addExampleViews(db: Db, counts: readonly ViewCount[]): Promise<void> {
  if (counts.length === 0) return;
  const values = sql.join(
    counts.map((c) => sql`(${c.slug}, ${c.day}::date, ${Math.trunc(c.views)}::int)`),
    sql`, `,
  );
  const matched = sql`SELECT n.id, v.day, sum(v.views)::int AS views
    FROM (VALUES ${values}) AS v(slug, day, views)
    JOIN nominations n ON n.slug = v.slug AND n.status = 'approved'
    WHERE v.views > 0
    GROUP BY n.id, v.day`;
  await db.transaction(async (tx) => {
    await tx.execute(sql`INSERT INTO example_daily_views (nomination_id, day, views)
      SELECT id, day, views FROM (${matched}) AS m ORDER BY id, day
      ON CONFLICT (nomination_id, day) DO UPDATE SET views = example_daily_views.views + excluded.views`);
    await tx.execute(sql`INSERT INTO example_view_totals (nomination_id, views)
      SELECT id, sum(views) FROM (${matched}) AS m GROUP BY id ORDER BY id
      ON CONFLICT (nomination_id) DO UPDATE SET views = example_view_totals.views + excluded.views`);
  });
}

/** How often each example was seen, all days together (0 for one never seen). */
export async function getViewTotalsOf(db: Executor, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: exampleViewTotals.nominationId, views: exampleViewTotals.views })
    .from(exampleViewTotals)
    .where(inArray(exampleViewTotals.nominationId, [...ids]));
  return new Map(rows.map((r) => [r.id, Number(r.views)]));
}
