'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/index';
import { guardAction } from '@/lib/auth/action-guard';
import { canUseReviewQueue } from '@/lib/auth/permissions';
import { moderateComment } from '@/lib/examples/reader-comments';
import { isCommentStatus } from '@/lib/domain/reader-comments';
import { fromDomain, type ActionState } from '@/lib/outcome';

/**
 * Publish or hide a reader comment from the queue. The role is guarded here; whether this person may
 * moderate this example's comments is decided in lib/, inside the transaction that changes the comment.
 * Success goes back to the tab the moderator was on, where the comment has left the list: the message
 * travels as a code in the address, so it also shows without JavaScript.
 */
export async function moderateCommentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await guardAction('moderate_comment', canUseReviewQueue);
  if (!guard.ok) return { status: 'invalid', message: guard.message, fieldErrors: {} };
  const raw = Object.fromEntries(['commentId', 'expected', 'action', 'reason'].map((key) => [key, String(formData.get(key) ?? '')]));
  const result = await moderateComment(getDb(), guard.user, raw);
  // Either way the list shows the comments as they are now: a late tab sees who moderated first.
  revalidatePath('/review/comments');
  if (!result.ok) return fromDomain(result, { reason: raw.reason ?? '' });
  const tab = String(formData.get('tab') ?? '');
  redirect(`/review/comments?tab=${isCommentStatus(tab) ? tab : 'pending'}&done=${result.value.to}`);
}
