'use client';

import { useActionState, useId } from 'react';
import { FieldError, controlClass, labelClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { HIDE_REASON_MAX_CHARS, type CommentStatus } from '@/lib/domain/reader-comments';
import { IDLE } from '@/lib/outcome';
import { moderateCommentAction } from './actions';

interface Props {
  commentId: string;
  status: CommentStatus;
  /** The tab the queue shows, to come back to it. */
  tab: CommentStatus;
}

/** "Duyệt đăng" (or "Đăng lại"), one click; "Ẩn ý kiến" behind a disclosure, with the reason it requires. */
export function ModerationForms({ commentId, status, tab }: Props) {
  return (
    <div className="mt-3 flex flex-wrap items-start gap-3">
      {status !== 'published' && <PublishForm commentId={commentId} status={status} tab={tab} />}
      {status !== 'hidden' && <HideForm commentId={commentId} status={status} tab={tab} />}
    </div>
  );
}

function Hidden({ commentId, status, tab, action }: Props & { action: 'publish' | 'hide' }) {
  return (
    <>
      <input type="hidden" name="commentId" value={commentId} />
      <input type="hidden" name="expected" value={status} />
      <input type="hidden" name="action" value={action} />
      <input type="hidden" name="tab" value={tab} />
    </>
  );
}

function PublishForm(props: Props) {
  const [state, action] = useActionState(moderateCommentAction, IDLE);
  return (
    <form action={action} className="space-y-2">
      <Hidden {...props} action="publish" />
      {/* A hidden comment was judged unfit once: putting it back is the rarer, quieter choice. */}
      <SubmitButton pendingText="Đang đăng…" variant={props.status === 'hidden' ? 'secondary' : 'primary'}>
        {props.status === 'hidden' ? 'Đăng lại' : 'Duyệt đăng'}
      </SubmitButton>
      {state.status === 'invalid' && <FormMessage state={state} />}
    </form>
  );
}

function HideForm(props: Props) {
  const [state, action] = useActionState(moderateCommentAction, IDLE);
  const id = useId();
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const values = state.status === 'invalid' ? (state.values ?? {}) : {};
  return (
    <details className="min-w-0 flex-1 basis-64 rounded-md border border-stone-300 bg-white sm:max-w-xl" open={state.status === 'invalid' || undefined}>
      <summary className="cursor-pointer px-4 py-2 font-semibold text-red-800">Ẩn ý kiến</summary>
      <form action={action} className="space-y-3 border-t border-stone-200 p-3">
        <Hidden {...props} action="hide" />
        <FormMessage state={state} />
        <div>
          <label htmlFor={`${id}-reason`} className={labelClass}>
            Lý do ẩn (bắt buộc, lưu trong lịch sử kiểm duyệt)
          </label>
          <textarea
            id={`${id}-reason`}
            name="reason"
            rows={2}
            required
            maxLength={HIDE_REASON_MAX_CHARS}
            defaultValue={values.reason}
            className={controlClass}
            aria-invalid={errors.reason ? true : undefined}
            aria-describedby={errors.reason ? `${id}-reason-error` : undefined}
          />
          <FieldError id={`${id}-reason-error`} error={errors.reason} />
        </div>
        <SubmitButton variant="danger" pendingText="Đang ẩn…">
          Ẩn ý kiến
        </SubmitButton>
      </form>
    </details>
  );
}
