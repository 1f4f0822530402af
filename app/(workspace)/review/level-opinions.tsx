import type { ScoreRow } from '@/db/queries/scores';
import type { Criterion, ReviewLevel } from '@/lib/domain/review-levels';
import { formatDateTime } from '@/lib/format';
import { averageScores } from '@/lib/review/scores';

interface Recommendation {
  level: number;
  comment: string;
  actorName: string | null;
  at: Date;
}

const one = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** What each level said: its recommendation upward and its reviewers' scores, with averages, lowest level first. */
export function LevelOpinions({
  levels,
  criteria,
  scores,
  recommendations,
}: {
  levels: ReviewLevel[];
  criteria: Criterion[];
  scores: ScoreRow[];
  recommendations: Recommendation[];
}) {
  const averages = averageScores(scores);
  const shown = levels.filter((l) => averages.has(l.position) || recommendations.some((r) => r.level === l.position));
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="y-kien-cac-cap" className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
      <h2 id="y-kien-cac-cap" className="text-lg font-semibold">
        Ý kiến và điểm của các cấp
      </h2>
      {shown.map((level) => {
        const avg = averages.get(level.position);
        const levelScores = scores.filter((s) => s.reviewLevel === level.position);
        const reviewers = [...new Map(levelScores.map((s) => [s.reviewerId, s.reviewerName])).entries()];
        return (
          <div key={level.position} className="mt-4">
            <h3 className="font-semibold">{level.name}</h3>
            {recommendations
              .filter((r) => r.level === level.position)
              .map((r) => (
                <blockquote key={r.at.toISOString()} className="mt-2 border-l-4 border-stone-300 pl-3">
                  <p className="text-sm text-stone-600">
                    Đề nghị — {r.actorName ?? 'cán bộ thẩm định'}, {formatDateTime(r.at)}
                  </p>
                  <p className="whitespace-pre-line">{r.comment}</p>
                </blockquote>
              ))}
            {avg && (
              <div className="mt-2 relative overflow-x-auto" tabIndex={0} role="region" aria-label={`Điểm tiêu chí ${level.name.toLowerCase()}`}>
                <table className="w-full min-w-[18rem] text-left text-sm">
                  <caption className="sr-only">Điểm tiêu chí của {level.name.toLowerCase()}</caption>
                  <thead>
                    <tr className="border-b border-stone-200">
                      <th scope="col" className="py-1 pr-2">
                        Tiêu chí
                      </th>
                      {reviewers.map(([id, name]) => (
                        <th key={id} scope="col" className="px-2 py-1 text-right">
                          {name}
                        </th>
                      ))}
                      <th scope="col" className="py-1 pl-2 text-right">
                        Trung bình
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {criteria.map((c) => (
                      <tr key={c.key} className="border-b border-stone-100">
                        <th scope="row" className="py-1 pr-2 font-normal">
                          {c.label}
                        </th>
                        {reviewers.map(([id]) => {
                          const s = levelScores.find((x) => x.reviewerId === id && x.criterionKey === c.key);
                          return (
                            <td key={id} className="px-2 py-1 text-right" title={s?.note || undefined}>
                              {s ? s.score : '—'}
                            </td>
                          );
                        })}
                        <td className="py-1 pl-2 text-right font-semibold">{avg.perCriterion.has(c.key) ? one.format(avg.perCriterion.get(c.key)!) : '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row" className="py-1 pr-2">
                        Điểm trung bình chung
                      </th>
                      <td colSpan={reviewers.length} />
                      <td className="py-1 pl-2 text-right font-bold">{one.format(avg.overall)}</td>
                    </tr>
                  </tfoot>
                </table>
              </div>
            )}
            {levelScores.some((s) => s.note) && (
              <ul className="mt-2 space-y-1 text-sm text-stone-700">
                {levelScores
                  .filter((s) => s.note)
                  .map((s) => (
                    <li key={`${s.reviewerId}-${s.criterionKey}`}>
                      {s.reviewerName} — {criteria.find((c) => c.key === s.criterionKey)?.label ?? s.criterionKey}: {s.note}
                    </li>
                  ))}
              </ul>
            )}
          </div>
        );
      })}
    </section>
  );
}
