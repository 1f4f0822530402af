'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { IDLE } from '@/lib/outcome';
import { decideAction } from './actions';

export function DecisionPanel({ id, version, offerAnonymise }: { id: string; version: number; offerAnonymise: boolean }) {
  const [state, action] = useActionState(decideAction.bind(null, id, version), IDLE);
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const comment = state.status === 'invalid' ? (state.values?.comment ?? '') : '';
  // React resets the form after each submit: a refused decision keeps the choice and the text.
  const chosen = state.status === 'invalid' ? (state.values?.decision ?? '') : '';
  if (state.status === 'ok') return <FormMessage state={state} />;
  return (
    <form action={action} className="space-y-4" aria-label="Quyết định thẩm định" noValidate>
      <FormMessage state={state} />
      <fieldset>
        <legend className="text-sm font-semibold text-stone-900">Quyết định</legend>
        <div className="mt-2 space-y-2">
          {[
            ['approve', 'Công nhận và công bố'],
            ['return', 'Trả lại để đơn vị bổ sung (ghi rõ cần sửa gì)'],
            ['reject', 'Không công nhận (ghi rõ lý do)'],
          ].map(([value, label]) => (
            <label key={value} className="flex min-h-11 items-center gap-3 rounded border border-stone-300 px-3 py-2">
              <input type="radio" name="decision" value={value} defaultChecked={chosen === value} required className="h-5 w-5" />
              {label}
            </label>
          ))}
        </div>
        {errors.decision && <p className="mt-1 text-sm font-medium text-red-800">{errors.decision}</p>}
      </fieldset>
      {offerAnonymise && (
        <label className="flex items-start gap-3 text-sm">
          <input type="checkbox" name="anonymise" value="yes" className="mt-1 h-5 w-5" />
          Chưa có đồng ý công bố: nếu công nhận, công bố ẩn danh (không nêu tên, không đăng ảnh).
        </label>
      )}
      <div>
        <label htmlFor="comment" className="block text-sm font-medium">
          Ý kiến gửi đơn vị (bắt buộc khi trả lại hoặc không công nhận)
        </label>
        <textarea
          id="comment"
          name="comment"
          rows={4}
          defaultValue={comment}
          key={comment}
          aria-invalid={errors.comment ? true : undefined}
          aria-describedby={errors.comment ? 'comment-error' : undefined}
          className="mt-1 block w-full rounded-md border border-stone-400 px-3 py-2 text-base"
        />
        {errors.comment && (
          <p id="comment-error" className="mt-1 text-sm font-medium text-red-800">
            {errors.comment}
          </p>
        )}
      </div>
      <SubmitButton pendingText="Đang ghi nhận…">Ghi nhận quyết định</SubmitButton>
    </form>
  );
}
