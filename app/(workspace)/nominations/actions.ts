'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/index';
import { guardAction } from '@/lib/auth/action-guard';
import { canCreateNomination, canUseUnitWorkspace } from '@/lib/auth/permissions';
import { moveAttachment, removeAttachment, updateAttachment } from '@/lib/nominations/attachments';
import { createDraft, saveDraft } from '@/lib/nominations/drafts';
import { attachmentCaptionSchema, draftInputOf } from '@/lib/nominations/schema';
import { moveNomination } from '@/lib/nominations/unit-workflow';
import { done, fromDomain, invalid, type ActionResult } from '@/lib/outcome';
import { getStorage } from '@/lib/uploads';

/** What the form needs after a save to carry on: the draft's id and the version to save over next. */
export interface SavedDraft {
  id: string;
  version: number;
  savedAt: string;
}

const SAVED = 'Đã lưu.';

/** Explicit save and autosave alike: creates the draft on its first save, then saves over a version. */
export async function saveNominationAction(formData: FormData): Promise<ActionResult<SavedDraft>> {
  const guard = await guardAction('save_nomination', canCreateNomination);
  if (!guard.ok) return invalid(guard.message);
  const id = String(formData.get('id') ?? '');
  const raw = draftInputOf(formData);
  // A draft not yet saved has no version to check against.
  if (!id) delete raw.version;
  const result = id
    ? await saveDraft(getDb(), guard.user, { id, raw, expectedVersion: Number(formData.get('version') ?? 0) })
    : await createDraft(getDb(), guard.user, { raw, clientKey: String(formData.get('clientKey') ?? '') });
  if (!result.ok) return fromDomain(result);
  revalidatePath('/nominations');
  return done(SAVED, { id: result.id, version: result.version, savedAt: result.savedAt });
}

/** Without JavaScript the form posts here: save, then show the saved draft (or the errors). */
export async function saveNominationFallbackAction(formData: FormData): Promise<void> {
  const result = await saveNominationAction(formData);
  const id = result.status === 'ok' ? result.data!.id : String(formData.get('id') ?? '');
  const query = result.status === 'ok' ? 'saved=1' : `error=${encodeURIComponent(result.message)}`;
  redirect(id ? `/nominations/${id}?${query}` : `/nominations/new?${query}`);
}

export async function moveNominationAction(id: string, action: 'submit' | 'withdraw', expectedVersion: number): Promise<ActionResult<SavedDraft>> {
  const guard = await guardAction(`${action}_nomination`, canUseUnitWorkspace);
  if (!guard.ok) return invalid(guard.message);
  if (action !== 'submit' && action !== 'withdraw') return invalid('Thao tác không hợp lệ.');
  const result = await moveNomination(getDb(), guard.user, { id: String(id), action, expectedVersion: Number(expectedVersion) });
  if (!result.ok) return fromDomain(result);
  revalidatePath('/nominations');
  return done(action === 'submit' ? 'Đã gửi thẩm định.' : 'Đã rút hồ sơ về.', { id: result.id, version: result.version, savedAt: result.savedAt });
}

export async function updateAttachmentAction(attachmentId: string, changes: { caption?: string; isPublic?: boolean }): Promise<ActionResult> {
  const guard = await guardAction('update_attachment', canUseUnitWorkspace);
  if (!guard.ok) return invalid(guard.message);
  const caption = typeof changes.caption === 'string' ? attachmentCaptionSchema.safeParse(changes.caption) : null;
  if (caption && !caption.success) return invalid(caption.error.issues[0]!.message, { fieldErrors: { caption: caption.error.issues[0]!.message } });
  const result = await updateAttachment(getDb(), guard.user, { attachmentId: String(attachmentId), changes });
  return result.ok ? done(SAVED, undefined) : fromDomain(result);
}

export async function moveAttachmentAction(attachmentId: string, direction: 'up' | 'down'): Promise<ActionResult> {
  const guard = await guardAction('move_attachment', canUseUnitWorkspace);
  if (!guard.ok) return invalid(guard.message);
  const result = await moveAttachment(getDb(), guard.user, { attachmentId: String(attachmentId), direction: direction === 'up' ? 'up' : 'down' });
  return result.ok ? done(SAVED, undefined) : fromDomain(result);
}

export async function removeAttachmentAction(attachmentId: string): Promise<ActionResult> {
  const guard = await guardAction('remove_attachment', canUseUnitWorkspace);
  if (!guard.ok) return invalid(guard.message);
  const result = await removeAttachment(getDb(), getStorage(), guard.user, { attachmentId: String(attachmentId) });
  return result.ok ? done('Đã xóa tệp.', undefined) : fromDomain(result);
}
