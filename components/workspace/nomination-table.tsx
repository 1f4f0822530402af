import type { NominationStatus } from '@/lib/domain/vocabulary';
import { formatDate } from '@/lib/format';
import { StatusBadge } from './status-badge';

export interface NominationRow {
  id: string;
  title: string;
  nomineeName: string;
  status: string;
  year: number;
  campaign: string;
  communeName: string | null;
  unitName: string;
  submittedAt: Date | null;
  updatedAt: Date;
  lastComment: string | null;
  levelName?: string | null;
}

/** The nominations a person works on, as a list that reads well on a phone. */
export function NominationList({
  rows,
  showUnit,
  nextStep,
  hrefFor,
}: {
  rows: NominationRow[];
  showUnit: boolean;
  nextStep: (row: NominationRow) => string | null;
  hrefFor?: (row: NominationRow) => string;
}) {
  return (
    <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
      {rows.map((r) => {
        const step = nextStep(r);
        return (
          <li key={r.id} className="px-4 py-3">
            <div className="flex flex-wrap items-center gap-2">
              <StatusBadge status={r.status as NominationStatus} />
              {hrefFor ? (
                <a href={hrefFor(r)} className="font-semibold">
                  {r.title}
                </a>
              ) : (
                <span className="font-semibold text-stone-900">{r.title}</span>
              )}
            </div>
            <p className="mt-1 text-sm text-stone-700">
              {r.nomineeName} · {r.communeName ?? '—'} · {r.campaign}, năm {r.year}
              {showUnit && <> · {r.unitName}</>}
            </p>
            <p className="text-sm text-stone-600">
              {r.submittedAt ? `Gửi ngày ${formatDate(r.submittedAt)}` : `Cập nhật ngày ${formatDate(r.updatedAt)}`}
              {r.levelName && r.status === 'submitted' && <> · Đang ở {r.levelName.toLowerCase()}</>}
            </p>
            {r.lastComment && (r.status === 'returned' || r.status === 'rejected') && (
              <p className="mt-2 rounded border-l-4 border-amber-400 bg-amber-50 px-3 py-2 text-sm text-stone-900">
                <span className="font-medium">Ý kiến thẩm định:</span> {r.lastComment}
              </p>
            )}
            {step && <p className="mt-1 text-sm font-medium text-brand-800">{step}</p>}
          </li>
        );
      })}
    </ul>
  );
}
