'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/index';
import { guardAction } from '@/lib/auth/action-guard';
import { isReviewer, isUnitMember } from '@/lib/auth/permissions';
import { now } from '@/lib/clock';
import { moveReplicationRequest } from '@/lib/examples/replication-requests';
import { recordSupport, removeSupport } from '@/lib/examples/support';
import { REQUEST_STATUS_LABELS } from '@/lib/domain/replication-requests';
import { fromDomain, type ActionState } from '@/lib/outcome';

// Support and requests to learn, from the unit's dossier page and the reviewer's. Each action guards the
// role here; the row-level decision is made in lib/, inside the transaction that writes.

const mayRecordSupport = (user: Parameters<typeof isUnitMember>[0]) => isUnitMember(user) || isReviewer(user);

function dossierPaths(nominationId: string) {
  revalidatePath(`/nominations/${nominationId}`);
  revalidatePath(`/review/${nominationId}`);
}

export async function recordSupportAction(nominationId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await guardAction('record_support', mayRecordSupport);
  if (!guard.ok) return { status: 'invalid', message: guard.message, fieldErrors: {} };
  const raw = Object.fromEntries(['date', 'form', 'provider', 'amountVnd'].map((key) => [key, String(formData.get(key) ?? '')]));
  const result = await recordSupport(getDb(), guard.user, { nominationId: String(nominationId), raw, now: now() });
  if (!result.ok) return fromDomain(result, raw);
  dossierPaths(String(nominationId));
  return { status: 'ok', message: 'Đã ghi nhận hỗ trợ. Trang công khai của điển hình đã được cập nhật.' };
}

export async function removeSupportAction(supportId: string, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const guard = await guardAction('remove_support', mayRecordSupport);
  if (!guard.ok) return { status: 'invalid', message: guard.message, fieldErrors: {} };
  const result = await removeSupport(getDb(), guard.user, { supportId: String(supportId) });
  if (!result.ok) return fromDomain(result);
  dossierPaths(result.value.nominationId);
  return { status: 'ok', message: 'Đã xoá mục hỗ trợ.' };
}

export async function moveRequestAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await guardAction('move_replication_request', isUnitMember);
  if (!guard.ok) return { status: 'invalid', message: guard.message, fieldErrors: {} };
  const raw = Object.fromEntries(['requestId', 'expected', 'to', 'replicatedNominationId'].map((key) => [key, String(formData.get(key) ?? '')]));
  const result = await moveReplicationRequest(getDb(), guard.user, raw);
  if (!result.ok) {
    // The page shows the request as it is now: a late tab sees who moved it first.
    revalidatePath('/nominations/requests');
    return fromDomain(result, raw);
  }
  dossierPaths(result.value.nominationId);
  revalidatePath('/nominations/requests');
  return { status: 'ok', message: `Đã chuyển sang “${REQUEST_STATUS_LABELS[result.value.to]}”.` };
}
