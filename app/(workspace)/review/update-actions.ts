'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/index';
import { guardAction } from '@/lib/auth/action-guard';
import { canUseReviewQueue } from '@/lib/auth/permissions';
import { decideUpdate } from '@/lib/examples/updates';
import { fromDomain, type ActionState } from '@/lib/outcome';

/** Approve (publish as the next version) or reject with a reason; the deciding level only, checked in the domain. */
export async function decideUpdateAction(id: string, version: number, updateId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await guardAction('decide_example_update', canUseReviewQueue);
  if (!guard.ok) return { status: 'invalid', message: guard.message, fieldErrors: {} };
  const decision = String(formData.get('decision') ?? '');
  if (decision !== 'approve' && decision !== 'reject') return { status: 'invalid', message: 'Vui lòng chọn duyệt hoặc không duyệt.', fieldErrors: {} };
  const reason = String(formData.get('reason') ?? '');
  const result = await decideUpdate(getDb(), guard.user, {
    id: String(id),
    expectedVersion: Number(version),
    updateId: String(updateId),
    approve: decision === 'approve',
    reason,
    seenPhotoIds: String(formData.get('photoIds') ?? '')
      .split(',')
      .filter(Boolean),
  });
  if (!result.ok) return fromDomain(result, { reason });
  revalidatePath(`/review/${id}`);
  if (decision === 'approve') for (const path of ['/', '/examples', '/feed.xml', '/sitemap.xml']) revalidatePath(path);
  return {
    status: 'ok',
    message:
      decision === 'approve' ? `Đã duyệt. Phiên bản ${result.publishedVersion ?? ''} đã được công bố.` : 'Đã ghi nhận không duyệt, kèm lý do gửi đơn vị.',
  };
}
