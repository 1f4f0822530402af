import 'server-only';
import type { Db } from '@/db/client';
import { getPublishedExampleRef } from '@/db/queries/example-living';
import { countRatingsFromAddress, countReadersFromAddress, getRatingSummariesOf, getReaderRating, lockRatingAddress, upsertRating } from '@/db/queries/ratings';
import { isUuid } from '@/lib/domain/ids';
import { NO_RATINGS, type RatingFigures } from '@/lib/domain/outreach';
import { RATING_MESSAGES, RATINGS_PER_ADDRESS_PER_HOUR, READERS_PER_ADDRESS_PER_EXAMPLE_PER_DAY } from './rating-rules';
import { ratingAddressHash, readerHash } from './reader-identity';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type RatingOutcome =
  | { status: 'saved'; stars: number; previous: number | null; figures: RatingFigures }
  /** No reader cookie this site signed: nothing written; the caller hands out a cookie and asks again. */
  | { status: 'needs_cookie'; stars: number }
  | { status: 'refused'; message: string; stars: number | null; notFound?: boolean; limited?: boolean };

function parseStars(raw: unknown): number | null {
  const text = typeof raw === 'string' ? raw.trim() : '';
  return /^[1-5]$/.test(text) ? Number(text) : null;
}

/**
 * A reader rates a published example 1–5 stars, or changes the rating given before. The reader is the
 * signed cookie; without one nothing is written. Limits per address (hashed): so many ratings an hour
 * over all examples, so many readers a day on one example. Counted and written under one lock per address.
 */
export async function rateExample(
  db: Db,
  input: { exampleId: string; stars: unknown; readerCookie: string | null; address: string | null; secret: string; now: Date },
): Promise<RatingOutcome> {
  const stars = parseStars(input.stars);
  if (stars === null) return { status: 'refused', message: RATING_MESSAGES.chooseStars, stars: null };
  const example = isUuid(input.exampleId) ? await getPublishedExampleRef(db, { id: input.exampleId }) : null;
  if (!example) return { status: 'refused', message: RATING_MESSAGES.notPublished, stars, notFound: true };
  const voterHash = readerHash(input.readerCookie, input.secret);
  if (!voterHash) return { status: 'needs_cookie', stars };
  const addressHash = ratingAddressHash(input.address, input.secret);
  if (!addressHash) return { status: 'refused', message: RATING_MESSAGES.noAddress, stars };

  const nominationId = example.id;
  const written = await db.transaction(async (tx) => {
    await lockRatingAddress(tx, { addressHash });
    const previous = await getReaderRating(tx, { nominationId, voterHash });
    if (previous === stars) return { ok: true as const, previous };
    if ((await countRatingsFromAddress(tx, { addressHash, since: new Date(input.now.getTime() - HOUR) })) >= RATINGS_PER_ADDRESS_PER_HOUR)
      return { ok: false as const, message: RATING_MESSAGES.addressLimit };
    if (
      previous === null &&
      (await countReadersFromAddress(tx, { nominationId, addressHash, since: new Date(input.now.getTime() - DAY) })) >= READERS_PER_ADDRESS_PER_EXAMPLE_PER_DAY
    )
      return { ok: false as const, message: RATING_MESSAGES.exampleLimit };
    await upsertRating(tx, { nominationId, voterHash, stars, addressHash, at: input.now });
    return { ok: true as const, previous };
  });
  if (!written.ok) return { status: 'refused', message: written.message, stars, limited: true };
  const figures = (await getRatingSummariesOf(db, [nominationId])).get(nominationId) ?? NO_RATINGS;
  return { status: 'saved', stars, previous: written.previous, figures };
}
