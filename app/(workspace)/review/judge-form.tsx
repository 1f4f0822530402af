'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { IDLE } from '@/lib/outcome';
import { judgeObjectionAction } from './actions';

/** Founded or not, with a note: what the deciding level records for each citizen's opinion. */
export function JudgeForm({ objectionId, reviewId, judged }: { objectionId: string; reviewId: string; judged: boolean }) {
  const [state, action] = useActionState(judgeObjectionAction.bind(null, objectionId, reviewId), IDLE);
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const noteId = `judge-note-${objectionId}`;
  return (
    <form action={action} className="mt-3 space-y-2" aria-label={judged ? 'Xử lý lại ý kiến' : 'Xử lý ý kiến'}>
      <FormMessage state={state} />
      <fieldset>
        <legend className="text-sm font-medium">{judged ? 'Đánh giá lại' : 'Đánh giá ý kiến'}</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          <label className="flex min-h-11 items-center gap-2">
            <input type="radio" name="status" value="founded" required className="h-5 w-5" /> Có cơ sở
          </label>
          <label className="flex min-h-11 items-center gap-2">
            <input type="radio" name="status" value="unfounded" className="h-5 w-5" /> Không có cơ sở
          </label>
        </div>
        {errors.status && <p className="text-sm font-medium text-red-800">{errors.status}</p>}
      </fieldset>
      <label htmlFor={noteId} className="block text-sm font-medium">
        Ghi chú xử lý (bắt buộc)
      </label>
      <textarea
        id={noteId}
        name="note"
        rows={2}
        aria-invalid={errors.note ? true : undefined}
        className="block w-full rounded-md border border-stone-400 px-3 py-2 text-base"
      />
      {errors.note && <p className="text-sm font-medium text-red-800">{errors.note}</p>}
      <SubmitButton variant="secondary" pendingText="Đang lưu…">
        Lưu kết quả xử lý
      </SubmitButton>
    </form>
  );
}
