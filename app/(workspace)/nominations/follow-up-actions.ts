'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/index';
import { guardAction } from '@/lib/auth/action-guard';
import { canUseReviewQueue, canUseUnitWorkspace } from '@/lib/auth/permissions';
import { now } from '@/lib/clock';
import { confirmFollowUp, fileFollowUp } from '@/lib/follow-ups/steps';
import { fromDomain, type ActionState } from '@/lib/outcome';

const FIELDS = ['year', 'modelStatus', 'householdsStillOut', 'householdsFellBack', 'newHouseholds', 'note'] as const;

export async function fileFollowUpAction(id: string, version: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await guardAction('file_follow_up', canUseUnitWorkspace);
  if (!guard.ok) return { status: 'invalid', message: guard.message, fieldErrors: {} };
  const values: Record<string, string> = {};
  for (const key of FIELDS) values[key] = String(formData.get(key) ?? '');
  const replicaIds = formData.getAll('replicaIds').map(String).filter(Boolean);
  const result = await fileFollowUp(getDb(), guard.user, { id: String(id), expectedVersion: Number(version), raw: { ...values, replicaIds } }, now());
  if (!result.ok) return fromDomain(result, values);
  revalidatePath(`/nominations/${id}`);
  return { status: 'ok', message: 'Đã gửi báo cáo theo dõi; cán bộ thẩm định sẽ xem và xác nhận.' };
}

export async function confirmFollowUpAction(
  id: string,
  followUpId: string,
  version: number,
  seenPhotoId: string | null,
  _prev: ActionState,
): Promise<ActionState> {
  const guard = await guardAction('confirm_follow_up', canUseReviewQueue);
  if (!guard.ok) return { status: 'invalid', message: guard.message, fieldErrors: {} };
  const result = await confirmFollowUp(getDb(), guard.user, {
    id: String(id),
    followUpId: String(followUpId),
    expectedVersion: Number(version),
    seenPhotoId: seenPhotoId ? String(seenPhotoId) : null,
  });
  if (!result.ok) return fromDomain(result);
  revalidatePath(`/review/${id}`);
  for (const path of ['/', '/examples', '/stats']) revalidatePath(path);
  return { status: 'ok', message: 'Đã xác nhận báo cáo theo dõi; số liệu đã hiển thị trên trang công khai của điển hình.' };
}
