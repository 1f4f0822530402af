import type { PendingUpdate } from '@/db/queries/example-versions';
import { VERSIONED_FIELD_LABELS, type VersionedValues } from '@/lib/domain/example-versions';
import { formatNumber } from '@/lib/format';

const shown = (key: string, v: string | number | null) =>
  v === null || v === '' ? '(trống)' : typeof v === 'number' && key !== 'startedYear' ? formatNumber(v) : String(v);

/** Field by field, what the proposal changes: the published value, then the proposed one. */
export function UpdateDiff({ pending, live }: { pending: PendingUpdate; live: VersionedValues }) {
  return (
    <dl className="mt-3 space-y-3">
      {pending.changed.map((key) => (
        <div key={key} className="rounded-md border border-stone-200 bg-white p-3">
          <dt className="font-semibold">{VERSIONED_FIELD_LABELS[key]}</dt>
          <dd className="mt-1 grid gap-2 sm:grid-cols-2">
            <div className="rounded bg-red-50 p-2 text-sm">
              <span className="block text-xs font-medium text-red-900">Đang công bố</span>
              <del className="whitespace-pre-line">{shown(key, live[key])}</del>
            </div>
            <div className="rounded bg-green-50 p-2 text-sm">
              <span className="block text-xs font-medium text-green-900">Đề xuất</span>
              <ins className="whitespace-pre-line no-underline">{shown(key, pending.fields[key])}</ins>
            </div>
          </dd>
        </div>
      ))}
    </dl>
  );
}
