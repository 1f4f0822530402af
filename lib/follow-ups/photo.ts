import 'server-only';
import type { Db } from '@/db/client';
import { deleteAttachment, getAttachment, insertAttachment } from '@/db/queries/attachments';
import { lockNominationFacts } from '@/db/queries/example-support';
import { lockFollowUp, setFollowUpPhotoId } from '@/db/queries/follow-ups';
import { canFileFollowUp } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/domain/actor';
import type { FileStorage } from '@/lib/domain/file-storage';
import { isUuid } from '@/lib/domain/ids';
import { currentActor } from '@/lib/examples/living-actor';
import { cleanPhotoCaption } from '@/lib/examples/update-photos';
import { safeName } from '@/lib/nominations/attachments';
import { refuse, type Outcome } from '@/lib/outcome';
import { PHOTO_NOTICE_MESSAGES } from '@/lib/uploads/photo-notices';
import { processPhoto } from '@/lib/uploads/photos';
import { removeStored, storeProcessedPhoto } from '@/lib/uploads/save';

/**
 * The unit sets (or replaces) the one photo of a follow-up it filed, until a reviewer confirms it. The
 * photo stays private until then; a confirmation and this change hold the same rows, so the reviewer
 * confirms the photo they saw (confirmFollowUp compares it). The replaced photo's files go after commit.
 */
export async function setFollowUpPhoto(
  db: Db,
  storage: FileStorage,
  actor: SessionUser,
  input: { nominationId: string; followUpId: string; bytes: Uint8Array; originalName: string; caption: string },
): Promise<Outcome<{ id: string }>> {
  if (!isUuid(input.nominationId) || !isUuid(input.followUpId)) return refuse(PHOTO_NOTICE_MESSAGES.notYours);
  const caption = cleanPhotoCaption(input.caption);
  if (!caption.ok) return caption;
  const photo = await processPhoto(input.bytes);
  if (!photo.ok) return refuse(photo.message);
  const stored = await storeProcessedPhoto(storage, photo);
  type Replaced = { storageKey: string; thumbnailKey: string | null } | null;
  try {
    const outcome = await db.transaction(async (tx): Promise<Outcome<{ id: string; replaced: Replaced }>> => {
      const row = await lockNominationFacts(tx, { id: input.nominationId, mode: 'share' });
      const who = await currentActor(tx, actor);
      if (!row || !who || !canFileFollowUp(who, row)) return refuse(PHOTO_NOTICE_MESSAGES.notYours);
      const followUp = await lockFollowUp(tx, { id: input.followUpId, nominationId: row.id });
      if (!followUp) return refuse(PHOTO_NOTICE_MESSAGES.notYours);
      if (followUp.state !== 'filed') return refuse(PHOTO_NOTICE_MESSAGES.followUpClosed);
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
      await setFollowUpPhotoId(tx, { id: followUp.id, photoId: id });
      const replaced = followUp.photoId ? await getAttachment(tx, { id: followUp.photoId }) : null;
      if (replaced) await deleteAttachment(tx, { id: replaced.id });
      return { ok: true, value: { id, replaced } };
    });
    if (!outcome.ok) {
      await removeStored(storage, [stored.storageKey, stored.thumbnailKey]);
      return outcome;
    }
    if (outcome.value.replaced) await removeStored(storage, [outcome.value.replaced.storageKey, outcome.value.replaced.thumbnailKey]);
    return { ok: true, value: { id: outcome.value.id } };
  } catch (error) {
    await removeStored(storage, [stored.storageKey, stored.thumbnailKey]);
    throw error;
  }
}
