import type { NominationRow } from '@/db/queries/nomination-record';
import { ethnicityName } from '@/lib/domain/ethnicities';
import { FIELD_LABELS, NOMINEE_KIND_LABELS } from '@/lib/domain/vocabulary';
import { formatNumber } from '@/lib/format';

/** The read-only view a unit sees once its nomination is with the reviewers or decided. */
export function NominationSummary({
  nomination: n,
  communeName,
  reviewerComment,
}: {
  nomination: NominationRow['nomination'];
  communeName: string | null;
  reviewerComment: string | null;
}) {
  const rows: [string, string | null][] = [
    ['Loại điển hình', NOMINEE_KIND_LABELS[n.nomineeKind] ?? n.nomineeKind],
    ['Lĩnh vực', FIELD_LABELS[n.field] ?? n.field],
    ['Năm', String(n.year)],
    ['Xã, phường', communeName],
    ['Tên', n.nomineeName || null],
    ['Dân tộc', ethnicityName(n.ethnicity)],
    ['Hộ thoát nghèo', n.householdsEscaped != null ? formatNumber(n.householdsEscaped) : null],
    ['Hộ hưởng lợi', n.beneficiaryHouseholds != null ? formatNumber(n.beneficiaryHouseholds) : null],
    ['Việc làm tạo ra', n.jobsCreated != null ? formatNumber(n.jobsCreated) : null],
  ];
  return (
    <div className="space-y-4">
      {reviewerComment && (
        <div className="rounded-lg border-l-4 border-red-700 bg-red-50 p-4">
          <p className="font-semibold">Lý do không công nhận:</p>
          <p className="mt-1 whitespace-pre-line">{reviewerComment}</p>
        </div>
      )}
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-[12rem_1fr]">
        {rows
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="font-medium text-stone-600">{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
      {n.summary && <p className="rounded-lg border border-stone-200 bg-white p-4 text-stone-900">{n.summary}</p>}
      {n.story && (
        <div className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
          {n.story.split(/\n{2,}/).map((p, i) => (
            <p key={i} className="whitespace-pre-line">
              {p}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}
