import 'server-only';
import { and, count, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';
import { exampleFollowUps, nominations } from '../schema';

export interface SustainabilityRow {
  /** Years between the example's year and the follow-up's: 1, 2 or 3. */
  after: number;
  examples: number;
  /** Households the examples counted out of poverty when approved. */
  counted: number;
  stillOut: number;
  fellBack: number;
}

const after = sql<number>`(${exampleFollowUps.year} - ${nominations.year})`;

/**
 * For the approved examples `where` chooses that counted households out of poverty: per horizon of 1, 2
 * and 3 years, how many of them had a confirmed follow-up that year, the households they had counted,
 * and how many of those were still out of poverty or had fallen back.
 */
export async function countSustainability(db: Executor, where: SQL): Promise<SustainabilityRow[]> {
  const rows = await db
    .select({
      after: after.mapWith(Number),
      examples: count(),
      counted: sql`coalesce(sum(${nominations.householdsEscaped}), 0)`.mapWith(Number),
      stillOut: sql`coalesce(sum(${exampleFollowUps.householdsStillOut}), 0)`.mapWith(Number),
      fellBack: sql`coalesce(sum(${exampleFollowUps.householdsFellBack}), 0)`.mapWith(Number),
    })
    .from(exampleFollowUps)
    .innerJoin(nominations, eq(nominations.id, exampleFollowUps.nominationId))
    .where(and(where, eq(exampleFollowUps.state, 'confirmed'), isNotNull(nominations.householdsEscaped), sql`${after} between 1 and 3`))
    .groupBy(after)
    .orderBy(after);
  return rows;
}
