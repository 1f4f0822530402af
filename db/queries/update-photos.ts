import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { attachments, exampleFollowUps, exampleUpdatePhotos, exampleUpdates } from '../schema';

export interface UpdatePhoto {
  id: string;
  caption: string;
  width: number | null;
  height: number | null;
}

/**
 * The pending proposal, locked: adding or removing a photo and deciding the proposal take the same
 * row lock, so a photo cannot slip in between what the reviewer saw and the approval.
 */
export async function lockPendingUpdate(tx: Executor, { nominationId, updateId }: { nominationId: string; updateId: string }) {
  const [row] = await tx
    .select({ id: exampleUpdates.id })
    .from(exampleUpdates)
    .where(and(eq(exampleUpdates.id, updateId), eq(exampleUpdates.nominationId, nominationId), eq(exampleUpdates.status, 'pending')))
    .for('update');
  return row ?? null;
}

export async function listUpdatePhotos(db: Executor, { updateId }: { updateId: string }): Promise<UpdatePhoto[]> {
  return db
    .select({ id: attachments.id, caption: attachments.caption, width: attachments.width, height: attachments.height })
    .from(exampleUpdatePhotos)
    .innerJoin(attachments, eq(attachments.id, exampleUpdatePhotos.attachmentId))
    .where(eq(exampleUpdatePhotos.updateId, updateId))
    .orderBy(asc(attachments.position), asc(attachments.createdAt));
}

export async function linkUpdatePhoto(tx: Executor, { updateId, attachmentId }: { updateId: string; attachmentId: string }) {
  await tx.insert(exampleUpdatePhotos).values({ updateId, attachmentId });
}

/** The proposal a photo belongs to, with that proposal's state; null for a photo of no proposal. */
export async function getUpdatePhotoOwner(db: Executor, { attachmentId }: { attachmentId: string }) {
  const [row] = await db
    .select({
      updateId: exampleUpdatePhotos.updateId,
      nominationId: exampleUpdates.nominationId,
      status: exampleUpdates.status,
      storageKey: attachments.storageKey,
      thumbnailKey: attachments.thumbnailKey,
    })
    .from(exampleUpdatePhotos)
    .innerJoin(exampleUpdates, eq(exampleUpdates.id, exampleUpdatePhotos.updateId))
    .innerJoin(attachments, eq(attachments.id, exampleUpdatePhotos.attachmentId))
    .where(eq(exampleUpdatePhotos.attachmentId, attachmentId));
  return row ?? null;
}

/** On approval the proposal's photos join the public gallery; returns how many did. */
export async function publishUpdatePhotos(tx: Executor, { updateId }: { updateId: string }): Promise<number> {
  const rows = await tx
    .update(attachments)
    .set({ isPublic: true })
    .where(
      inArray(attachments.id, tx.select({ id: exampleUpdatePhotos.attachmentId }).from(exampleUpdatePhotos).where(eq(exampleUpdatePhotos.updateId, updateId))),
    )
    .returning({ id: attachments.id });
  return rows.length;
}

/**
 * Attachments shown in a dossier's own "Ảnh và tài liệu" list: not the photos of a proposal that is
 * not (or not yet) approved, which its update section shows, nor follow-up photos, shown with their follow-up.
 */
export const shownInDossier = sql`not exists (
  select 1 from ${exampleUpdatePhotos} p join ${exampleUpdates} u on u.id = p.update_id
  where p.attachment_id = ${attachments.id} and u.status <> 'approved'
) and not exists (select 1 from ${exampleFollowUps} f where f.photo_id = ${attachments.id})`;
