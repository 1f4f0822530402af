'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/index';
import { guardAction } from '@/lib/auth/action-guard';
import { canUnpublish, canUseReviewQueue } from '@/lib/auth/permissions';
import { fromDomain, type ActionState } from '@/lib/outcome';
import { decide, REVIEW_ACTIONS, setPublished, type AdminAction, type ReviewAction } from '@/lib/review/decisions';
import { addReviewNote } from '@/lib/review/notes';
import { scoresFromForm } from '@/lib/review/scores';
import { now } from '@/lib/clock';
import { assignDossier } from '@/lib/review/assignment';
import { judgeObjection } from '@/lib/notices/objections';

const DONE: Record<ReviewAction | AdminAction, string> = {
  forward: 'Đã đề nghị lên cấp trên; cán bộ thẩm định cấp trên đã được thông báo.',
  return_down: 'Đã trả hồ sơ về cấp dưới để xem xét lại.',
  open_notice: 'Đã đưa hồ sơ ra công khai lấy ý kiến trên trang /notices.',
  approve: 'Đã công nhận. Điển hình đã được công bố trên trang công khai.',
  return: 'Đã trả lại hồ sơ cho đơn vị kèm ý kiến.',
  reject: 'Đã ghi nhận không công nhận, kèm lý do gửi đơn vị.',
  unpublish: 'Đã gỡ điển hình khỏi mọi trang công khai.',
  republish: 'Đã công bố lại điển hình.',
};

function publicPaths() {
  for (const path of ['/', '/examples', '/notices', '/feed.xml', '/sitemap.xml']) revalidatePath(path);
}

export async function decideAction(id: string, version: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await guardAction('decide_nomination', canUseReviewQueue);
  if (!guard.ok) return { status: 'invalid', message: guard.message, fieldErrors: {} };
  const action = String(formData.get('decision') ?? '') as ReviewAction;
  if (!REVIEW_ACTIONS.includes(action))
    return { status: 'invalid', message: 'Vui lòng chọn một quyết định.', fieldErrors: { decision: 'Vui lòng chọn một quyết định.' } };
  const comment = String(formData.get('comment') ?? '');
  // Everything typed comes back on a refusal: the choice, the comment and each score and note.
  const values: Record<string, string> = { comment, decision: action };
  for (const [key, value] of formData) if (/^(score|note)\.[a-z0-9_-]{1,40}$/.test(key) && typeof value === 'string') values[key] = value;
  const result = await decide(
    getDb(),
    guard.user,
    {
      id: String(id),
      action,
      expectedVersion: Number(version),
      comment,
      anonymise: formData.get('anonymise') === 'yes',
      scores: scoresFromForm(formData),
    },
    now(),
  );
  if (!result.ok) return fromDomain(result, values);
  revalidatePath(`/review/${id}`);
  if (action === 'approve' || action === 'open_notice') publicPaths();
  return { status: 'ok', message: DONE[action] };
}

export async function publishAction(id: string, version: number, action: AdminAction, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await guardAction(`${action}_example`, canUnpublish);
  if (!guard.ok) return { status: 'invalid', message: guard.message, fieldErrors: {} };
  if (action !== 'unpublish' && action !== 'republish') return { status: 'invalid', message: 'Thao tác không hợp lệ.', fieldErrors: {} };
  const reason = String(formData.get('reason') ?? '');
  const result = await setPublished(getDb(), guard.user, { id: String(id), action, expectedVersion: Number(version), reason });
  if (!result.ok) return fromDomain(result, { reason });
  revalidatePath(`/review/${id}`);
  publicPaths();
  return { status: 'ok', message: DONE[action] };
}

export async function noteAction(id: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await guardAction('add_review_note', canUseReviewQueue);
  if (!guard.ok) return { status: 'invalid', message: guard.message, fieldErrors: {} };
  const note = String(formData.get('note') ?? '');
  const result = await addReviewNote(getDb(), guard.user, { id: String(id), body: note });
  if (!result.ok) return { status: 'invalid', message: result.message, fieldErrors: { note: result.message } };
  revalidatePath(`/review/${id}`);
  return { status: 'ok', message: 'Đã lưu ghi chú nội bộ.' };
}

export async function assignAction(id: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await guardAction('assign_nomination', canUseReviewQueue);
  if (!guard.ok) return { status: 'invalid', message: guard.message, fieldErrors: {} };
  const assigneeId = String(formData.get('assignee') ?? '');
  const result = await assignDossier(getDb(), guard.user, { id: String(id), assigneeId });
  if (!result.ok) return fromDomain(result, { assignee: assigneeId });
  revalidatePath(`/review/${id}`);
  revalidatePath('/review');
  return { status: 'ok', message: assigneeId ? 'Đã phân công hồ sơ; người được giao đã được thông báo.' : 'Đã bỏ phân công hồ sơ.' };
}

export async function judgeObjectionAction(objectionId: string, reviewId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await guardAction('judge_objection', canUseReviewQueue);
  if (!guard.ok) return { status: 'invalid', message: guard.message, fieldErrors: {} };
  const raw = { status: String(formData.get('status') ?? ''), note: String(formData.get('note') ?? '') };
  const result = await judgeObjection(getDb(), guard.user, { objectionId: String(objectionId), raw });
  if (!result.ok) return fromDomain(result, raw);
  revalidatePath(`/review/${reviewId}`);
  return { status: 'ok', message: 'Đã ghi nhận kết quả xử lý ý kiến.' };
}
