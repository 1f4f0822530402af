'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/index';
import { guardAction } from '@/lib/auth/action-guard';
import { canUseUnitWorkspace } from '@/lib/auth/permissions';
import { updateInputOf } from '@/lib/examples/update-schema';
import { proposeUpdate, withdrawUpdate } from '@/lib/examples/updates';
import { fromDomain, type ActionState } from '@/lib/outcome';

/** The unit proposes corrections to its published example; nothing public changes until approval. */
export async function proposeUpdateAction(id: string, version: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await guardAction('propose_example_update', canUseUnitWorkspace);
  if (!guard.ok) return { status: 'invalid', message: guard.message, fieldErrors: {} };
  const raw = updateInputOf(formData);
  const result = await proposeUpdate(getDb(), guard.user, { id: String(id), expectedVersion: Number(version), raw });
  if (!result.ok) return fromDomain(result, raw);
  revalidatePath(`/nominations/${id}`);
  return { status: 'ok', message: 'Đã gửi đề xuất cập nhật. Bản đang công bố giữ nguyên cho đến khi cán bộ thẩm định duyệt.' };
}

export async function withdrawUpdateAction(id: string, version: number, updateId: string, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const guard = await guardAction('withdraw_example_update', canUseUnitWorkspace);
  if (!guard.ok) return { status: 'invalid', message: guard.message, fieldErrors: {} };
  const result = await withdrawUpdate(getDb(), guard.user, { id: String(id), expectedVersion: Number(version), updateId: String(updateId) });
  if (!result.ok) return fromDomain(result);
  revalidatePath(`/nominations/${id}`);
  return { status: 'ok', message: 'Đã rút đề xuất cập nhật.' };
}
