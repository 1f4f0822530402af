import 'server-only';
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { ExampleFilters } from '@/lib/domain/example-filters';
import type { Db } from '../client';
import { EXPORT_STATEMENT_TIMEOUT_MS, withStatementTimeout } from '../statement-timeout';
import { attachments, campaigns, nominations, units } from '../schema';
import type { ExamplePhoto } from './example-detail';
import { exampleConditions, type AreaSelection } from './example-filters';
import { listConfirmedFollowUps } from './follow-ups';
import { cardColumns, toCards, type ExampleCard } from './examples';
import { listExampleLivingOf, type ExampleLiving } from './example-living';
import { listReaderFiguresOf } from './reader-figures';
import type { ReaderFigures } from '@/lib/domain/outreach';

export const EXPORT_BATCH_SIZE = 500;

export interface ExportRow {
  card: ExampleCard;
  /** Every public photo, in the order the example page shows them. */
  photos: ExamplePhoto[];
  /** Support received and the count of requests to learn, as the example's API item has them. */
  living: ExampleLiving;
  /** Confirmed yearly follow-ups, oldest first. */
  followUps: Awaited<ReturnType<typeof listConfirmedFollowUps>>;
  /** Views and ratings as they stand when the batch is read. */
  reader: ReaderFigures;
}

type ExportOrder = 'newest' | 'impact';
interface Position {
  key: string | number;
  id: string;
}

// The same keys and tie-breaker as the API's keyset paging (db/queries/examples.ts), so the
// file lists rows in the order a client paging through /api/v1/examples would see them.
const impactKey = sql`coalesce(${nominations.householdsEscaped}, 0)`;
// Exact to the microsecond: a JavaScript Date would round now() down to the millisecond and the
// next batch would skip rows approved later within that same millisecond.
const approvedKey = sql<string>`to_char(${nominations.approvedAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

function orderBy(order: ExportOrder): SQL[] {
  return order === 'impact' ? [sql`${impactKey} DESC`, desc(nominations.id)] : [desc(nominations.approvedAt), desc(nominations.id)];
}

function after(order: ExportOrder, position: Position): SQL {
  return order === 'impact'
    ? sql`(${impactKey}, ${nominations.id}) < (${Number(position.key)}, ${position.id}::uuid)`
    : sql`(${nominations.approvedAt}, ${nominations.id}) < (${String(position.key)}::timestamptz, ${position.id}::uuid)`;
}

async function publicPhotos(db: Db, ids: string[]): Promise<Map<string, ExamplePhoto[]>> {
  const rows = ids.length
    ? await db
        .select({
          nominationId: attachments.nominationId,
          id: attachments.id,
          caption: attachments.caption,
          width: attachments.width,
          height: attachments.height,
        })
        .from(attachments)
        .innerJoin(nominations, eq(nominations.id, attachments.nominationId))
        // Anonymised examples show no photos: the consent covers neither the name nor the pictures.
        .where(and(inArray(attachments.nominationId, ids), eq(attachments.kind, 'photo'), eq(attachments.isPublic, true), eq(nominations.publishMode, 'named')))
        .orderBy(asc(attachments.nominationId), asc(attachments.position))
    : [];
  const byNomination = new Map<string, ExamplePhoto[]>();
  for (const { nominationId, ...photo } of rows) {
    const list = byNomination.get(nominationId) ?? [];
    list.push(photo);
    byNomination.set(nominationId, list);
  }
  return byNomination;
}

function selectBatch(db: Db, { where, order, position, limit }: { where: SQL; order: ExportOrder; position: Position | null; limit: number }) {
  return db
    .select({ ...cardColumns, approvedKey })
    .from(nominations)
    .innerJoin(campaigns, eq(campaigns.id, nominations.campaignId))
    .innerJoin(units, eq(units.id, nominations.unitId))
    .where(position ? and(where, after(order, position)) : where)
    .orderBy(...orderBy(order))
    .limit(limit);
}

/**
 * Published examples matching the filters, read in keyset-paged batches so that an export of the
 * whole registry never holds more than one batch in memory. Relevance has no stable key to page
 * on, so a search is exported newest first.
 */
export async function* readPublishedExampleBatches(
  db: Db,
  { filters, area, batchSize = EXPORT_BATCH_SIZE }: { filters: ExampleFilters; area: AreaSelection; batchSize?: number },
): AsyncGenerator<ExportRow[]> {
  const order: ExportOrder = filters.sort === 'impact' ? 'impact' : 'newest';
  const where = exampleConditions(filters, area);
  let position: Position | null = null;
  for (;;) {
    // One short transaction per batch, with the export's own time limit: nothing is held while the client reads.
    const batch = await withStatementTimeout(db, EXPORT_STATEMENT_TIMEOUT_MS, async (tx) => {
      const rows = await selectBatch(tx, { where, order, position, limit: batchSize });
      if (rows.length === 0) return null;
      const ids = rows.map((r) => r.id);
      const [cards, photos, living, followUps, reader] = await Promise.all([
        toCards(tx, rows),
        publicPhotos(tx, ids),
        listExampleLivingOf(tx, ids),
        listConfirmedFollowUps(tx, { nominationIds: ids }),
        listReaderFiguresOf(tx, ids),
      ]);
      return { rows, cards, photos, living, followUps, reader };
    });
    if (!batch) return;
    const { rows, cards, photos, living, followUps, reader } = batch;
    yield cards.map((card) => ({
      card,
      photos: photos.get(card.id) ?? [],
      living: living.get(card.id)!,
      followUps: followUps.filter((f) => f.nominationId === card.id),
      reader: reader.get(card.id)!,
    }));
    if (rows.length < batchSize) return;
    const last = rows.at(-1)!;
    position = { key: order === 'impact' ? (last.householdsEscaped ?? 0) : last.approvedKey, id: last.id };
  }
}
