import type { ScoreInput } from '@/db/queries/scores';
import { SCORE_MAX, SCORE_MIN, type Criterion } from '@/lib/domain/review-levels';

export const SCORE_NOTE_MAX_CHARS = 300;

/** The score form's fields: `score.<criterion>` (1–5) and `note.<criterion>`; at most a dozen are read. */
export function scoresFromForm(form: FormData): ScoreInput[] {
  const keys = [...form.keys()].filter((k) => /^score\.[a-z0-9_-]{1,40}$/.test(k)).slice(0, 12);
  return keys
    .map((k) => ({ criterionKey: k.slice('score.'.length), raw: String(form.get(k) ?? '') }))
    .filter((s) => s.raw !== '')
    .map((s) => ({
      criterionKey: s.criterionKey,
      score: Number(s.raw),
      note: String(form.get(`note.${s.criterionKey}`) ?? '')
        .normalize('NFC')
        .trim(),
    }));
}

/** Why a set of scores cannot be recorded, naming each criterion at fault, or null when every criterion has a score 1–5. */
export function scoresProblem(criteria: readonly Criterion[], scores: readonly ScoreInput[]): { message: string; fieldErrors: Record<string, string> } | null {
  const fieldErrors: Record<string, string> = {};
  for (const c of criteria) {
    const given = scores.find((s) => s.criterionKey === c.key);
    if (!given) fieldErrors[`score.${c.key}`] = `Vui lòng chấm điểm tiêu chí “${c.label}”.`;
    else if (!Number.isInteger(given.score) || given.score < SCORE_MIN || given.score > SCORE_MAX) {
      fieldErrors[`score.${c.key}`] = `Điểm tiêu chí “${c.label}” phải từ ${SCORE_MIN} đến ${SCORE_MAX}.`;
    } else if (given.note.length > SCORE_NOTE_MAX_CHARS) fieldErrors[`note.${c.key}`] = `Nhận xét không được dài quá ${SCORE_NOTE_MAX_CHARS} ký tự.`;
  }
  if (scores.some((s) => !criteria.some((c) => c.key === s.criterionKey))) fieldErrors.scores = 'Có điểm cho một tiêu chí không thuộc phong trào này.';
  const missing = Object.keys(fieldErrors).length;
  return missing
    ? {
        message: `Vui lòng chấm đủ ${criteria.length} tiêu chí (mỗi tiêu chí từ ${SCORE_MIN} đến ${SCORE_MAX} điểm) trước khi đề nghị hoặc công nhận.`,
        fieldErrors,
      }
    : null;
}

/** Averages per level and criterion, and over all criteria, for the review page. */
export function averageScores(rows: readonly { reviewLevel: number; criterionKey: string; score: number }[]) {
  type Sum = { sum: number; n: number };
  const byLevel = new Map<number, { perCriterion: Map<string, Sum>; sum: number; n: number }>();
  for (const r of rows) {
    const level = byLevel.get(r.reviewLevel) ?? { perCriterion: new Map<string, Sum>(), sum: 0, n: 0 };
    const c = level.perCriterion.get(r.criterionKey) ?? { sum: 0, n: 0 };
    c.sum += r.score;
    c.n += 1;
    level.perCriterion.set(r.criterionKey, c);
    level.sum += r.score;
    level.n += 1;
    byLevel.set(r.reviewLevel, level);
  }
  return new Map([...byLevel].map(([lvl, v]) => [lvl, { overall: v.sum / v.n, perCriterion: new Map([...v.perCriterion].map(([k, c]) => [k, c.sum / c.n])) }]));
}
