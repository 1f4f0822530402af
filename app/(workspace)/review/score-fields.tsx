import { SCORE_MAX, SCORE_MIN, type Criterion } from '@/lib/domain/review-levels';

const SCORES = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => SCORE_MIN + i);

/** One row of 1–5 choices and a short note per criterion; needed when forwarding, putting in notice or approving. */
export function ScoreFields({ criteria, values, errors }: { criteria: Criterion[]; values: Record<string, string>; errors: Record<string, string> }) {
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold text-stone-900">Chấm điểm tiêu chí (1 thấp nhất – 5 cao nhất)</legend>
      <p className="text-sm text-stone-700">Bắt buộc khi đề nghị lên cấp trên, đưa ra công khai hoặc công nhận.</p>
      {errors.scores && <p className="text-sm font-medium text-red-800">{errors.scores}</p>}
      {criteria.map((c) => {
        const scoreError = errors[`score.${c.key}`];
        const noteError = errors[`note.${c.key}`];
        return (
          <fieldset key={c.key} className="rounded border border-stone-200 p-3" aria-describedby={scoreError ? `score-${c.key}-error` : undefined}>
            <legend className="px-1 font-medium">{c.label}</legend>
            {c.description && <p className="text-sm text-stone-600">{c.description}</p>}
            <div className="mt-2 flex flex-wrap gap-2">
              {SCORES.map((n) => (
                <label
                  key={n}
                  className="flex h-11 w-11 cursor-pointer items-center justify-center rounded border border-stone-400 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-700 has-[:checked]:text-white has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-700 has-[:focus-visible]:ring-offset-2"
                >
                  <input type="radio" name={`score.${c.key}`} value={n} defaultChecked={values[`score.${c.key}`] === String(n)} className="sr-only" />
                  {n}
                  <span className="sr-only"> điểm</span>
                </label>
              ))}
            </div>
            {scoreError && (
              <p id={`score-${c.key}-error`} className="mt-1 text-sm font-medium text-red-800">
                {scoreError}
              </p>
            )}
            <label htmlFor={`note-${c.key}`} className="mt-2 block text-sm">
              Nhận xét ngắn (không bắt buộc)
            </label>
            <input
              id={`note-${c.key}`}
              name={`note.${c.key}`}
              defaultValue={values[`note.${c.key}`] ?? ''}
              maxLength={300}
              aria-invalid={noteError ? true : undefined}
              className="mt-1 block w-full rounded-md border border-stone-400 px-3 py-2 text-base"
            />
            {noteError && <p className="mt-1 text-sm font-medium text-red-800">{noteError}</p>}
          </fieldset>
        );
      })}
    </fieldset>
  );
}
