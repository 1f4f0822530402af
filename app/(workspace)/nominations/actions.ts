'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/index';
import { getStorage } from '@/lib/uploads';
import { getPublishedExampleId } from '@/db/queries/unit-nomination';
import { guardAction } from '@/lib/auth/action-guard';
import { canCreateNomination, canUseUnitWorkspace } from '@/lib/auth/permissions';
import { moveAttachment, removeAttachment, updateAttachment } from '@/lib/nominations/attachments';
import { createDraft, saveDraft, type DraftResult } from '@/lib/nominations/drafts';
import { attachmentCaptionSchema, draftInputOf } from '@/lib/nominations/schema';
import { moveNomination } from '@/lib/nominations/unit-workflow';

async function withReplicatedId(raw: Record<string, string>) {
  const value = raw.replicatesId;
  if (!value || /^[0-9a-f-]{36}$/i.test(value)) return raw;
  const found = await getPublishedExampleId(getDb(), value);
  return { ...raw, replicatesId: found ?? value };
}

/** Explicit save and autosave alike: creates the draft on its first save, then saves over a version. */
export async function saveNominationAction(formData: FormData): Promise<DraftResult> {
  const guard = await guardAction('save_nomination', canCreateNomination);
  if (!guard.ok) return { ok: false, message: guard.message };
  const id = String(formData.get('id') ?? '');
  // The example picker may post the public slug of the replicated example; store its id.
  const raw = await withReplicatedId(draftInputOf(formData));
  // A draft not yet saved has no version to check against.
  if (!id) delete raw.version;
  const result = id
    ? await saveDraft(getDb(), guard.user, { id, raw, expectedVersion: Number(formData.get('version') ?? 0) })
    : await createDraft(getDb(), guard.user, { raw, clientKey: String(formData.get('clientKey') ?? '') });
  if (result.ok) revalidatePath('/nominations');
  return result;
}

/** Without JavaScript the form posts here: save, then show the saved draft (or the errors). */
export async function saveNominationFallbackAction(formData: FormData): Promise<void> {
  const result = await saveNominationAction(formData);
  const id = result.ok ? result.id : String(formData.get('id') ?? '');
  const query = result.ok ? 'saved=1' : `error=${encodeURIComponent(result.message)}`;
  redirect(id ? `/nominations/${id}?${query}` : `/nominations/new?${query}`);
}

export async function moveNominationAction(id: string, action: 'submit' | 'withdraw', expectedVersion: number) {
  const guard = await guardAction(`${action}_nomination`, canUseUnitWorkspace);
  if (!guard.ok) return { ok: false as const, message: guard.message };
  if (action !== 'submit' && action !== 'withdraw') return { ok: false as const, message: 'Thao tác không hợp lệ.' };
  const result = await moveNomination(getDb(), guard.user, { id: String(id), action, expectedVersion: Number(expectedVersion) });
  if (result.ok) revalidatePath('/nominations');
  return result;
}

export async function updateAttachmentAction(attachmentId: string, changes: { caption?: string; isPublic?: boolean }) {
  const guard = await guardAction('update_attachment', canUseUnitWorkspace);
  if (!guard.ok) return { ok: false as const, message: guard.message };
  const caption = typeof changes.caption === 'string' ? attachmentCaptionSchema.safeParse(changes.caption) : null;
  if (caption && !caption.success) return { ok: false as const, message: caption.error.issues[0]!.message };
  return updateAttachment(getDb(), guard.user, { attachmentId: String(attachmentId), changes });
}

export async function moveAttachmentAction(attachmentId: string, direction: 'up' | 'down') {
  const guard = await guardAction('move_attachment', canUseUnitWorkspace);
  if (!guard.ok) return { ok: false as const, message: guard.message };
  return moveAttachment(getDb(), guard.user, { attachmentId: String(attachmentId), direction: direction === 'up' ? 'up' : 'down' });
}

export async function removeAttachmentAction(attachmentId: string) {
  const guard = await guardAction('remove_attachment', canUseUnitWorkspace);
  if (!guard.ok) return { ok: false as const, message: guard.message };
  return removeAttachment(getDb(), getStorage(), guard.user, { attachmentId: String(attachmentId) });
}
