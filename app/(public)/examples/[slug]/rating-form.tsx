'use client';

import { useActionState, useEffect, useRef } from 'react';
import { rateExampleAction } from './rating-actions';
import { RatingSummary } from '@/components/outreach/rating-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import type { RatingFigures } from '@/lib/domain/outreach';
import { RATING_IDLE, RATING_STARS, starsLabel } from '@/lib/outreach/rating-rules';

function StarIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="h-9 w-9" strokeWidth="1.5" strokeLinejoin="round">
      <path d="M12 2.8l2.8 5.7 6.3.9-4.6 4.4 1.1 6.2L12 17.1 6.4 20l1.1-6.2L2.9 9.4l6.3-.9z" />
    </svg>
  );
}

/**
 * "Đánh giá của bạn đọc": five radio buttons drawn as stars (app/globals.css, .rating-stars), a plain form
 * that posts without JavaScript. With JavaScript, the one extra submit a first rating needs (the reader
 * cookie, see rating-actions.ts) is made by the form itself.
 */
export function RatingForm({ exampleId, figures, pagePath }: { exampleId: string; figures: RatingFigures; pagePath: string }) {
  // The page's path as permalink: a post without script then carries the same state key from Next's page
  // and from the one rendered without Next (lib/plain-pages), and Next shows the answer in this form.
  const [state, action] = useActionState(rateExampleAction, RATING_IDLE, pagePath);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === 'confirm' && !state.repeated) form.current?.requestSubmit();
  }, [state]);
  const shown = state.status === 'ok' ? state.figures : figures;
  const chosen = state.status === 'idle' ? null : state.stars;
  const confirming = state.status === 'confirm';
  return (
    <form ref={form} action={action} aria-labelledby="danh-gia-form-title" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 sm:p-6">
      <h3 id="danh-gia-form-title" className="sr-only">
        Gửi đánh giá
      </h3>
      <p className="text-lg">
        <RatingSummary figures={shown} emptyText="Chưa có lượt đánh giá nào. Bạn có thể là người đầu tiên." />
      </p>
      <input type="hidden" name="exampleId" value={exampleId} />
      {confirming && <input type="hidden" name="confirming" value="1" />}
      {/* Keyed by the answer, so the radios are drawn afresh with the reader's choice checked. */}
      <fieldset key={`${state.status}-${chosen ?? 0}`}>
        <legend className="font-medium">Bạn đánh giá điển hình này bao nhiêu sao?</legend>
        <div className="rating-stars mt-2 flex flex-wrap gap-1">
          {RATING_STARS.map((n) => (
            <label key={n} className="flex w-12 cursor-pointer flex-col items-center rounded-md py-1 text-xs text-stone-700">
              <input type="radio" name="stars" value={n} defaultChecked={chosen === n} required className="sr-only" />
              <StarIcon />
              <span>{starsLabel(n)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div role="status" aria-live="polite">
        {state.status === 'ok' && (
          <p className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm font-medium text-green-900">{state.message}</p>
        )}
        {state.status === 'confirm' && (
          <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm font-medium text-amber-950">{state.message}</p>
        )}
        {state.status === 'invalid' && <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-900">{state.message}</p>}
      </div>
      <SubmitButton pendingText="Đang gửi…">{confirming ? 'Xác nhận đánh giá' : 'Gửi đánh giá'}</SubmitButton>
      <p className="text-sm text-stone-600">
        Mỗi người một lượt cho mỗi điển hình, có thể đổi lại. Không cần tài khoản; không lưu thông tin cá nhân. Số liệu trên trang được cập nhật sau vài phút.
      </p>
    </form>
  );
}
