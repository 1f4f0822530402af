'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/index';
import { guardAction } from '@/lib/auth/action-guard';
import { canUseUnitWorkspace } from '@/lib/auth/permissions';
import { updateInputOf } from '@/lib/examples/update-schema';
import { proposeUpdate, withdrawUpdate } from '@/lib/examples/updates';
import { removeUpdatePhoto } from '@/lib/examples/update-photos';
import { getStorage } from '@/lib/uploads';
import { photoNoticeCode } from '@/lib/uploads/photo-notices';
import { fromDomain, type ActionState } from '@/lib/outcome';

/** The unit proposes corrections to its published example; nothing public changes until approval. */
export async function proposeUpdateAction(id: string, version: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await guardAction('propose_example_update', canUseUnitWorkspace);
  if (!guard.ok) return { status: 'invalid', message: guard.message, fieldErrors: {} };
  const raw = updateInputOf(formData);
  const photosOnly = formData.get('photosOnly') === 'on';
  const result = await proposeUpdate(getDb(), guard.user, { id: String(id), expectedVersion: Number(version), raw, photosOnly });
  if (!result.ok) return fromDomain(result, photosOnly ? { ...raw, photosOnly: 'on' } : raw);
  revalidatePath(`/nominations/${id}`);
  // Back to the page, where the pending proposal now offers "Thêm ảnh" (a plain form of its own).
  redirect(`/nominations/${encodeURIComponent(String(id))}?proposed=1#cap-nhat`);
}

export async function withdrawUpdateAction(id: string, version: number, updateId: string, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const guard = await guardAction('withdraw_example_update', canUseUnitWorkspace);
  if (!guard.ok) return { status: 'invalid', message: guard.message, fieldErrors: {} };
  const result = await withdrawUpdate(getDb(), guard.user, { id: String(id), expectedVersion: Number(version), updateId: String(updateId) });
  if (!result.ok) return fromDomain(result);
  revalidatePath(`/nominations/${id}`);
  return { status: 'ok', message: 'Đã rút đề xuất cập nhật.' };
}

/** Takes a photo back out of the pending proposal; a plain form, so it redirects back with the outcome. */
export async function removeUpdatePhotoAction(id: string, attachmentId: string): Promise<void> {
  const guard = await guardAction('remove_update_photo', canUseUnitWorkspace);
  const result = guard.ok ? await removeUpdatePhoto(getDb(), getStorage(), guard.user, { attachmentId: String(attachmentId) }) : guard;
  revalidatePath(`/nominations/${id}`);
  redirect(`/nominations/${encodeURIComponent(String(id))}?photo=${result.ok ? 'removed' : photoNoticeCode(result.message)}#cap-nhat`);
}
