'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import type { Criterion } from '@/lib/domain/review-levels';
import { IDLE } from '@/lib/outcome';
import type { ReviewAction } from '@/lib/review/decisions';
import { decideAction } from './actions';
import { ScoreFields } from './score-fields';

export interface DecisionChoice {
  action: ReviewAction;
  label: string;
  /** The step carries the reviewer's scores of every criterion. */
  scored: boolean;
}

interface Props {
  id: string;
  version: number;
  choices: DecisionChoice[];
  criteria: Criterion[];
  offerAnonymise: boolean;
  /** Why an approval after the notice cannot be made yet (window still open, opinions not judged). */
  approvalBlocked: string | null;
  /** Why this person has no step to take now (another level holds the dossier, or it is their unit's). */
  unavailable?: string | null;
}

export function DecisionPanel({ id, version, choices, criteria, offerAnonymise, approvalBlocked, unavailable = null }: Props) {
  const [state, action] = useActionState(decideAction.bind(null, id, version), IDLE);
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const values = state.status === 'invalid' ? (state.values ?? {}) : {};
  // React resets the form after each submit: a refused decision keeps the choice, the text and the scores.
  const chosen = values.decision ?? '';
  if (state.status === 'ok') return <FormMessage state={state} />;
  if (choices.length === 0) return <p className="text-stone-800">{unavailable}</p>;
  const scored = choices.some((c) => c.scored) && criteria.length > 0;
  return (
    <form action={action} className="space-y-4" aria-label="Quyết định thẩm định" noValidate>
      <FormMessage state={state} />
      <fieldset>
        <legend className="text-sm font-semibold text-stone-900">Quyết định</legend>
        <div className="mt-2 space-y-2">
          {choices.map((c) => (
            <label key={c.action} className="flex min-h-11 items-start gap-3 rounded border border-stone-300 px-3 py-2">
              <input type="radio" name="decision" value={c.action} defaultChecked={chosen === c.action} required className="mt-0.5 h-5 w-5 shrink-0" />
              <span>{c.label}</span>
            </label>
          ))}
        </div>
        {errors.decision && <p className="mt-1 text-sm font-medium text-red-800">{errors.decision}</p>}
        {approvalBlocked && <p className="mt-2 text-sm text-stone-700">{approvalBlocked}</p>}
      </fieldset>
      {scored && <ScoreFields criteria={criteria} values={values} errors={errors} />}
      {offerAnonymise && (
        <label className="flex items-start gap-3 text-sm">
          <input type="checkbox" name="anonymise" value="yes" className="mt-1 h-5 w-5 shrink-0" />
          Chưa có đồng ý công bố: nếu công khai hoặc công nhận, công bố ẩn danh (không nêu tên, không đăng ảnh).
        </label>
      )}
      <div>
        <label htmlFor="comment" className="block text-sm font-medium">
          Ý kiến (bắt buộc khi đề nghị lên cấp trên, trả về, trả lại hoặc không công nhận)
        </label>
        <textarea
          id="comment"
          name="comment"
          rows={4}
          defaultValue={values.comment ?? ''}
          key={values.comment ?? ''}
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
