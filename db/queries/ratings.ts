import { and, avg, count, eq, gte, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { RatingFigures } from '@/lib/domain/outreach';
import type { Executor, Tx } from '../client';
import { exampleRatings } from '../schema';

/** Average and count of the ratings of each example (examples nobody rated are missing). */
export async function getRatingSummariesOf(db: Executor, ids: readonly string[]): Promise<Map<string, RatingFigures>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: exampleRatings.nominationId, n: count(), average: avg(exampleRatings.stars).mapWith(Number) })
    .from(exampleRatings)
    .where(inArray(exampleRatings.nominationId, [...ids]))
    .groupBy(exampleRatings.nominationId);
  return new Map(rows.map((r) => [r.id, { average: r.n > 0 ? r.average : null, count: r.n }]));
}

/**
 * Holds, until the transaction ends, every other rating from the same address: the rate limits are
 * counted and the rating written without a parallel request slipping between the two.
 */
export async function lockRatingAddress(tx: Tx, { addressHash }: { addressHash: string }): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`example-rating:${addressHash}`}, 0))`);
}

/** Ratings given or changed from an address since a moment, over all examples. */
export async function countRatingsFromAddress(db: Executor, { addressHash, since }: { addressHash: string; since: Date }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(exampleRatings)
    .where(and(eq(exampleRatings.addressHash, addressHash), gte(exampleRatings.updatedAt, since)));
  return row?.n ?? 0;
}

/** Readers who first rated this example from an address since a moment. */
export async function countReadersFromAddress(
  db: Executor,
  { nominationId, addressHash, since }: { nominationId: string; addressHash: string; since: Date },
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(exampleRatings)
    .where(and(eq(exampleRatings.addressHash, addressHash), eq(exampleRatings.nominationId, nominationId), gte(exampleRatings.createdAt, since)));
  return row?.n ?? 0;
}

/** The stars this reader gave this example, or null. */
export async function getReaderRating(db: Executor, { nominationId, voterHash }: { nominationId: string; voterHash: string }): Promise<number | null> {
  const [row] = await db
    .select({ stars: exampleRatings.stars })
    .from(exampleRatings)
    .where(and(eq(exampleRatings.nominationId, nominationId), eq(exampleRatings.voterHash, voterHash)));
  return row?.stars ?? null;
}

/** A reader's rating, new or changed: one row per reader and example. */
export async function upsertRating(
  tx: Executor,
  values: { nominationId: string; voterHash: string; stars: number; addressHash: string; at: Date },
): Promise<void> {
  const { at, ...rest } = values;
  await tx
    .insert(exampleRatings)
    .values({ ...rest, createdAt: at, updatedAt: at })
    .onConflictDoUpdate({
      target: [exampleRatings.nominationId, exampleRatings.voterHash],
      set: { stars: values.stars, addressHash: values.addressHash, updatedAt: at },
    });
}

/** Address hashes are needed only by the rate limits: older ones go (hourly housekeeping). */
export async function forgetRatingAddresses(db: Executor, { before }: { before: Date }): Promise<number> {
  const rows = await db
    .update(exampleRatings)
    .set({ addressHash: null })
    .where(and(isNotNull(exampleRatings.addressHash), lt(exampleRatings.updatedAt, before)))
    .returning({ id: exampleRatings.nominationId });
  return rows.length;
}
