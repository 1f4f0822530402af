import 'server-only';
import type { Db } from '@/db/client';
import { countAttachments, deleteAttachment, insertAttachment } from '@/db/queries/attachments';
import { lockNominationFacts } from '@/db/queries/example-support';
import { getUpdatePhotoOwner, linkUpdatePhoto, listUpdatePhotos, lockPendingUpdate } from '@/db/queries/update-photos';
import { canProposeUpdate } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/domain/actor';
import { hasControlChars } from '@/lib/domain/control-chars';
import type { FileStorage } from '@/lib/domain/file-storage';
import { isUuid } from '@/lib/domain/ids';
import { refuse, type Outcome } from '@/lib/outcome';
import { processPhoto } from '@/lib/uploads/photos';
import { MAX_UPDATE_PHOTOS, PHOTO_NOTICE_MESSAGES } from '@/lib/uploads/photo-notices';
import { MAX_PHOTOS } from '@/lib/uploads/limits';
import { removeStored, storeProcessedPhoto } from '@/lib/uploads/save';
import { safeName } from '@/lib/nominations/attachments';
import { currentActor } from './living-actor';

const UPDATE_PHOTO_MESSAGES = PHOTO_NOTICE_MESSAGES;

/** One line of caption: pasted line breaks become spaces; anything else invisible is refused. */
export function cleanPhotoCaption(raw: string): Outcome<string> {
  const caption = raw.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, 300);
  return hasControlChars(caption) ? refuse(PHOTO_NOTICE_MESSAGES.captionInvalid) : { ok: true, value: caption };
}

/**
 * The unit adds a photo to its pending proposal. The photo is checked and stored first (slow, outside
 * any lock), then recorded private and linked in one transaction that holds the example's row and the
 * proposal: a decision or a withdrawal waits, and one made first is seen here. A refusal or a failure
 * removes the stored files again.
 */
export async function addUpdatePhoto(
  db: Db,
  storage: FileStorage,
  actor: SessionUser,
  input: { nominationId: string; updateId: string; bytes: Uint8Array; originalName: string; caption: string },
): Promise<Outcome<{ id: string }>> {
  if (!isUuid(input.nominationId) || !isUuid(input.updateId)) return refuse(UPDATE_PHOTO_MESSAGES.notYours);
  const caption = cleanPhotoCaption(input.caption);
  if (!caption.ok) return caption;
  const photo = await processPhoto(input.bytes);
  if (!photo.ok) return refuse(photo.message);
  const stored = await storeProcessedPhoto(storage, photo);
  try {
    const outcome = await db.transaction(async (tx): Promise<Outcome<{ id: string }>> => {
      const row = await lockNominationFacts(tx, { id: input.nominationId, mode: 'share' });
      const who = await currentActor(tx, actor);
      if (!row || !who || !canProposeUpdate(who, row)) return refuse(UPDATE_PHOTO_MESSAGES.notYours);
      if (!(await lockPendingUpdate(tx, { nominationId: row.id, updateId: input.updateId }))) return refuse(UPDATE_PHOTO_MESSAGES.notPending);
      if ((await listUpdatePhotos(tx, { updateId: input.updateId })).length >= MAX_UPDATE_PHOTOS) return refuse(UPDATE_PHOTO_MESSAGES.tooMany);
      if ((await countAttachments(tx, { nominationId: row.id, kind: 'photo' })) >= MAX_PHOTOS) return refuse(UPDATE_PHOTO_MESSAGES.galleryFull);
      const { id } = await insertAttachment(tx, {
        nominationId: row.id,
        kind: 'photo',
        ...stored,
        originalName: safeName(input.originalName),
        caption: caption.value,
        isPublic: false,
        mime: 'image/webp',
        bytes: photo.large.length,
        sha256: photo.sha256,
        width: photo.width,
        height: photo.height,
      });
      await linkUpdatePhoto(tx, { updateId: input.updateId, attachmentId: id });
      return { ok: true, value: { id } };
    });
    if (!outcome.ok) await removeStored(storage, [stored.storageKey, stored.thumbnailKey]);
    return outcome;
  } catch (error) {
    await removeStored(storage, [stored.storageKey, stored.thumbnailKey]);
    throw error;
  }
}

/** The unit takes a photo back out of its pending proposal; the row goes first, then the files. */
export async function removeUpdatePhoto(
  db: Db,
  storage: FileStorage | null,
  actor: SessionUser,
  input: { attachmentId: string },
): Promise<Outcome<{ nominationId: string }>> {
  if (!isUuid(input.attachmentId)) return refuse(UPDATE_PHOTO_MESSAGES.photoGone);
  const owner = await getUpdatePhotoOwner(db, { attachmentId: input.attachmentId });
  if (!owner) return refuse(UPDATE_PHOTO_MESSAGES.photoGone);
  const outcome = await db.transaction(async (tx): Promise<Outcome<{ nominationId: string }>> => {
    const row = await lockNominationFacts(tx, { id: owner.nominationId, mode: 'share' });
    const who = await currentActor(tx, actor);
    if (!row || !who || !canProposeUpdate(who, row)) return refuse(UPDATE_PHOTO_MESSAGES.notYours);
    if (!(await lockPendingUpdate(tx, { nominationId: row.id, updateId: owner.updateId }))) return refuse(UPDATE_PHOTO_MESSAGES.notPending);
    await deleteAttachment(tx, { id: input.attachmentId });
    return { ok: true, value: { nominationId: row.id } };
  });
  if (outcome.ok && storage) await removeStored(storage, [owner.storageKey, owner.thumbnailKey]);
  return outcome;
}

/** The proposal's photo ids in a stable order: what a reviewer saw, compared again when deciding. */
export function photoSetKey(ids: readonly string[]): string {
  return [...ids].sort().join(',');
}
