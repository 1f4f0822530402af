import 'server-only';
import { and, count, eq, gt, lt, max, asc, desc } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { attachments, nominations } from '@/db/schema';
import { canEditNomination } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/domain/actor';
import type { NominationStatus } from '@/lib/domain/vocabulary';
import { checkPdf } from '@/lib/uploads/pdf';
import { processPhoto } from '@/lib/uploads/photos';
import { MAX_DOCUMENTS, MAX_PHOTOS, UPLOAD_MESSAGES } from '@/lib/uploads/limits';
import { removeStored, storeDocument, storeProcessedPhoto } from '@/lib/uploads/save';
import type { FileStorage } from '@/lib/domain/file-storage';
import { NOT_EDITABLE, NOT_FOUND } from './drafts';

export type AttachmentKind = 'photo' | 'document';
type Result<T = undefined> = { ok: true; value: T } | { ok: false; message: string; notFound?: boolean };

/** The nomination behind an attachment (or the nomination itself) if this person may change it. */
async function editableNomination(db: Db, actor: SessionUser, nominationId: string): Promise<Result<{ id: string }>> {
  if (!/^[0-9a-f-]{36}$/i.test(nominationId)) return { ok: false, message: NOT_FOUND, notFound: true };
  const [row] = await db
    .select({
      id: nominations.id,
      unitId: nominations.unitId,
      status: nominations.status,
      districtCode: nominations.districtCode,
      provinceCodeOld: nominations.provinceCodeOld,
      provinceCodeNew: nominations.provinceCodeNew,
    })
    .from(nominations)
    .where(eq(nominations.id, nominationId));
  if (!row || row.unitId !== actor.unitId || actor.role !== 'unit_member') return { ok: false, message: NOT_FOUND, notFound: true };
  if (!canEditNomination(actor, { ...row, status: row.status as NominationStatus })) return { ok: false, message: NOT_EDITABLE };
  return { ok: true, value: { id: row.id } };
}

async function attachmentOf(db: Db, attachmentId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(attachmentId)) return null;
  const [row] = await db.select().from(attachments).where(eq(attachments.id, attachmentId));
  return row ?? null;
}

function safeName(name: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  return (
    base
      .replace(/[\u0000-\u001f\u007f]/g, '')
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
  const [existing] = await db
    .select({ n: count() })
    .from(attachments)
    .where(and(eq(attachments.nominationId, input.nominationId), eq(attachments.kind, input.kind)));
  const limit = input.kind === 'photo' ? MAX_PHOTOS : MAX_DOCUMENTS;
  if ((existing?.n ?? 0) >= limit) return { ok: false, message: input.kind === 'photo' ? UPLOAD_MESSAGES.tooManyPhotos : UPLOAD_MESSAGES.tooManyDocuments };

  let stored: { storageKey: string; thumbnailKey: string | null };
  let meta: { mime: string; bytes: number; sha256: string; width: number | null; height: number | null };
  if (input.kind === 'photo') {
    const photo = await processPhoto(input.bytes);
    if (!photo.ok) return { ok: false, message: photo.message };
    stored = await storeProcessedPhoto(storage, photo);
    meta = { mime: 'image/webp', bytes: photo.large.length, sha256: photo.sha256, width: photo.width, height: photo.height };
  } else {
    const pdf = await checkPdf(input.bytes);
    if (!pdf.ok) return { ok: false, message: pdf.message };
    stored = { ...(await storeDocument(storage, input.bytes)), thumbnailKey: null };
    meta = { mime: 'application/pdf', bytes: input.bytes.length, sha256: pdf.sha256, width: null, height: null };
  }
  try {
    return await db.transaction(async (tx) => {
      const [last] = await tx
        .select({ p: max(attachments.position) })
        .from(attachments)
        .where(eq(attachments.nominationId, input.nominationId));
      const [row] = await tx
        .insert(attachments)
        .values({
          nominationId: input.nominationId,
          kind: input.kind,
          storageKey: stored.storageKey,
          thumbnailKey: stored.thumbnailKey,
          originalName: safeName(input.originalName),
          caption: input.caption.normalize('NFC').trim().slice(0, 300),
          isPublic: input.kind === 'photo' && input.isPublic,
          position: (last?.p ?? -1) + 1,
          ...meta,
        })
        .returning({ id: attachments.id });
      return { ok: true as const, value: { id: row!.id } };
    });
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
  const row = await attachmentOf(db, attachmentId);
  if (!row) return { ok: false, message: NOT_FOUND, notFound: true };
  const target = await editableNomination(db, actor, row.nominationId);
  if (!target.ok) return target;
  const set: Partial<typeof attachments.$inferInsert> = {};
  if (typeof changes.caption === 'string') set.caption = changes.caption.normalize('NFC').trim().slice(0, 300);
  if (typeof changes.isPublic === 'boolean') set.isPublic = row.kind === 'photo' && changes.isPublic;
  if (Object.keys(set).length) await db.update(attachments).set(set).where(eq(attachments.id, attachmentId));
  return { ok: true, value: undefined };
}

/** Swaps the photo with its neighbour, so the order the unit chose is the order shown. */
export async function moveAttachment(
  db: Db,
  actor: SessionUser,
  { attachmentId, direction }: { attachmentId: string; direction: 'up' | 'down' },
): Promise<Result> {
  const row = await attachmentOf(db, attachmentId);
  if (!row) return { ok: false, message: NOT_FOUND, notFound: true };
  const target = await editableNomination(db, actor, row.nominationId);
  if (!target.ok) return target;
  return db.transaction(async (tx) => {
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
    if (!neighbour) return { ok: true as const, value: undefined };
    await tx.update(attachments).set({ position: neighbour.position }).where(eq(attachments.id, row.id));
    await tx.update(attachments).set({ position: row.position }).where(eq(attachments.id, neighbour.id));
    return { ok: true as const, value: undefined };
  });
}

export async function removeAttachment(db: Db, storage: FileStorage | null, actor: SessionUser, { attachmentId }: { attachmentId: string }): Promise<Result> {
  const row = await attachmentOf(db, attachmentId);
  if (!row) return { ok: false, message: NOT_FOUND, notFound: true };
  const target = await editableNomination(db, actor, row.nominationId);
  if (!target.ok) return target;
  await db.delete(attachments).where(eq(attachments.id, attachmentId));
  // The row is gone first: a file left behind by a failed removal is harmless, a row without its file is not.
  if (storage) await removeStored(storage, [row.storageKey, row.thumbnailKey]);
  return { ok: true, value: undefined };
}
