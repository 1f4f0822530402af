import { and, asc, count, desc, eq, gt, lt, max, sql } from 'drizzle-orm';
import type { AttachmentKind } from '@/lib/domain/vocabulary';
import { isUuid } from '@/lib/domain/ids';
import type { Db, Executor } from '../client';
import { attachments, nominations } from '../schema';
import { nominationFactsColumns } from './nomination-facts';

export type AttachmentRecord = typeof attachments.$inferSelect;

/** Photos of a nomination: how many, and how many the unit allowed to be published. */
export async function countNominationPhotos(db: Executor, { nominationId }: { nominationId: string }) {
  const [photos] = await db
    .select({ all: count(), published: sql<number>`count(*) filter (where ${attachments.isPublic})` })
    .from(attachments)
    .where(and(eq(attachments.nominationId, nominationId), eq(attachments.kind, 'photo')));
  return { photoCount: Number(photos?.all ?? 0), publicPhotoCount: Number(photos?.published ?? 0) };
}

/** What a permission check needs to know about the nomination that files are attached to. */
export async function getNominationFacts(db: Db, { id }: { id: string }) {
  if (!isUuid(id)) return null;
  const [row] = await db.select(nominationFactsColumns).from(nominations).where(eq(nominations.id, id));
  return row ?? null;
}

export async function getAttachment(db: Executor, { id }: { id: string }): Promise<AttachmentRecord | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(attachments).where(eq(attachments.id, id));
  return row ?? null;
}

export async function countAttachments(db: Executor, { nominationId, kind }: { nominationId: string; kind: AttachmentKind }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(attachments)
    .where(and(eq(attachments.nominationId, nominationId), eq(attachments.kind, kind)));
  return row?.n ?? 0;
}

export type AttachmentInsert = Omit<typeof attachments.$inferInsert, 'id' | 'position' | 'createdAt'>;

/** Records a stored file after the others of its nomination, or at the position given. */
export async function insertAttachment(db: Executor, values: AttachmentInsert, position?: number): Promise<{ id: string }> {
  const [last] =
    position === undefined
      ? await db
          .select({ p: max(attachments.position) })
          .from(attachments)
          .where(eq(attachments.nominationId, values.nominationId))
      : [{ p: position - 1 }];
  const [row] = await db
    .insert(attachments)
    .values({ ...values, position: (last?.p ?? -1) + 1 })
    .returning({ id: attachments.id });
  return { id: row!.id };
}

export async function updateAttachmentFields(db: Db, { id, changes }: { id: string; changes: Partial<Pick<AttachmentRecord, 'caption' | 'isPublic'>> }) {
  if (Object.keys(changes).length) await db.update(attachments).set(changes).where(eq(attachments.id, id));
}

/** Swaps the attachment with its neighbour of the same kind, in one transaction; nothing when it is already at the end. */
export async function swapAttachmentWithNeighbour(db: Db, { row, direction }: { row: AttachmentRecord; direction: 'up' | 'down' }) {
  await db.transaction(async (tx) => {
    const [neighbour] = await tx
      .select({ id: attachments.id, position: attachments.position })
      .from(attachments)
      .where(
        and(
          eq(attachments.nominationId, row.nominationId),
          eq(attachments.kind, row.kind),
          direction === 'up' ? lt(attachments.position, row.position) : gt(attachments.position, row.position),
        ),
      )
      .orderBy(direction === 'up' ? desc(attachments.position) : asc(attachments.position))
      .limit(1);
    if (!neighbour) return;
    await tx.update(attachments).set({ position: neighbour.position }).where(eq(attachments.id, row.id));
    await tx.update(attachments).set({ position: row.position }).where(eq(attachments.id, neighbour.id));
  });
}

export async function deleteAttachment(db: Executor, { id }: { id: string }) {
  await db.delete(attachments).where(eq(attachments.id, id));
}
