import 'server-only';
import { controlCharsMessage, hasControlChars } from '@/lib/domain/control-chars';
import type { Db } from '@/db/client';
import {
  countAttachments,
  deleteAttachment,
  getAttachment,
  getNominationFacts,
  insertAttachment,
  swapAttachmentWithNeighbour,
  updateAttachmentFields,
  type AttachmentRecord,
} from '@/db/queries/attachments';
import { canEditNomination, canViewUnitNomination } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/domain/actor';
import type { FileStorage } from '@/lib/domain/file-storage';
import type { AttachmentKind } from '@/lib/domain/vocabulary';
import { checkPdf } from '@/lib/uploads/pdf';
import { processPhoto } from '@/lib/uploads/photos';
import { MAX_DOCUMENTS, MAX_PHOTOS, UPLOAD_MESSAGES } from '@/lib/uploads/limits';
import { removeStored, storeDocument, storeProcessedPhoto } from '@/lib/uploads/save';
import { NOT_EDITABLE, NOT_FOUND } from './drafts';

type Result<T = undefined> = { ok: true; value: T } | { ok: false; message: string; notFound?: boolean };

/** The nomination behind an attachment (or the nomination itself) if this person may change it. */
async function editableNomination(db: Db, actor: SessionUser, nominationId: string): Promise<Result<{ id: string }>> {
  const row = await getNominationFacts(db, { id: nominationId });
  if (!row || !canViewUnitNomination(actor, row)) return { ok: false, message: NOT_FOUND, notFound: true };
  if (!canEditNomination(actor, row)) return { ok: false, message: NOT_EDITABLE };
  return { ok: true, value: { id: row.id } };
}

/** One line of caption: pasted line breaks become spaces; anything else invisible is refused. */
function cleanCaption(raw: string): { ok: true; caption: string } | { ok: false; message: string } {
  const caption = raw.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, 300);
  return hasControlChars(caption) ? { ok: false, message: controlCharsMessage('Chú thích') } : { ok: true, caption };
}

/** The file's own name without folders or invisible characters, for the download's name. */
export function safeName(name: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? '';

  return (
    base
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
      .trim()
      .slice(0, 200) || 'tep'
  );
}

/**
 * Checks the file by its content, stores what is kept (never a photo's original), then records it.
 * If recording fails, the stored files are removed again: no file without a row, no row without a file.
 */
export async function addAttachment(
  db: Db,
  storage: FileStorage,
  actor: SessionUser,
  input: { nominationId: string; kind: AttachmentKind; bytes: Uint8Array; originalName: string; caption: string; isPublic: boolean },
): Promise<Result<{ id: string }>> {
  const target = await editableNomination(db, actor, input.nominationId);
  if (!target.ok) return target;
  const caption = cleanCaption(input.caption);
  if (!caption.ok) return caption;
  const existing = await countAttachments(db, { nominationId: input.nominationId, kind: input.kind });
  const limit = input.kind === 'photo' ? MAX_PHOTOS : MAX_DOCUMENTS;
  if (existing >= limit) return { ok: false, message: input.kind === 'photo' ? UPLOAD_MESSAGES.tooManyPhotos : UPLOAD_MESSAGES.tooManyDocuments };

  let stored: { storageKey: string; thumbnailKey: string | null };
  let meta: { mime: string; bytes: number; sha256: string; width: number | null; height: number | null };
  if (input.kind === 'photo') {
    const photo = await processPhoto(input.bytes);
    if (!photo.ok) return { ok: false, message: photo.message };
    stored = await storeProcessedPhoto(storage, photo);
    meta = { mime: 'image/webp', bytes: photo.large.length, sha256: photo.sha256, width: photo.width, height: photo.height };
  } else {
    const pdf = checkPdf(input.bytes);
    if (!pdf.ok) return { ok: false, message: pdf.message };
    stored = { ...(await storeDocument(storage, input.bytes)), thumbnailKey: null };
    meta = { mime: 'application/pdf', bytes: input.bytes.length, sha256: pdf.sha256, width: null, height: null };
  }
  try {
    return {
      ok: true,
      value: await insertAttachment(db, {
        nominationId: input.nominationId,
        kind: input.kind,
        storageKey: stored.storageKey,
        thumbnailKey: stored.thumbnailKey,
        originalName: safeName(input.originalName),
        caption: caption.caption,
        isPublic: input.kind === 'photo' && input.isPublic,
        ...meta,
      }),
    };
  } catch (error) {
    await removeStored(storage, [stored.storageKey, stored.thumbnailKey]);
    throw error;
  }
}

export async function updateAttachment(
  db: Db,
  actor: SessionUser,
  { attachmentId, changes }: { attachmentId: string; changes: { caption?: string; isPublic?: boolean } },
): Promise<Result> {
  const row = await getAttachment(db, { id: attachmentId });
  if (!row) return { ok: false, message: NOT_FOUND, notFound: true };
  const target = await editableNomination(db, actor, row.nominationId);
  if (!target.ok) return target;
  const set: Partial<Pick<AttachmentRecord, 'caption' | 'isPublic'>> = {};
  if (typeof changes.caption === 'string') {
    const caption = cleanCaption(changes.caption);
    if (!caption.ok) return caption;
    set.caption = caption.caption;
  }
  if (typeof changes.isPublic === 'boolean') set.isPublic = row.kind === 'photo' && changes.isPublic;
  await updateAttachmentFields(db, { id: attachmentId, changes: set });
  return { ok: true, value: undefined };
}

/** Swaps the photo with its neighbour, so the order the unit chose is the order shown. */
export async function moveAttachment(
  db: Db,
  actor: SessionUser,
  { attachmentId, direction }: { attachmentId: string; direction: 'up' | 'down' },
): Promise<Result> {
  const row = await getAttachment(db, { id: attachmentId });
  if (!row) return { ok: false, message: NOT_FOUND, notFound: true };
  const target = await editableNomination(db, actor, row.nominationId);
  if (!target.ok) return target;
  await swapAttachmentWithNeighbour(db, { row, direction });
  return { ok: true, value: undefined };
}

export async function removeAttachment(db: Db, storage: FileStorage | null, actor: SessionUser, { attachmentId }: { attachmentId: string }): Promise<Result> {
  const row = await getAttachment(db, { id: attachmentId });
  if (!row) return { ok: false, message: NOT_FOUND, notFound: true };
  const target = await editableNomination(db, actor, row.nominationId);
  if (!target.ok) return target;
  await deleteAttachment(db, { id: attachmentId });
  // The row is gone first: a file left behind by a failed removal is harmless, a row without its file is not.
  if (storage) await removeStored(storage, [row.storageKey, row.thumbnailKey]);
  return { ok: true, value: undefined };
}
