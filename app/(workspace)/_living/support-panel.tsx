import type { DossierSupportRow } from '@/db/queries/example-support';
import { SUPPORT_FORM_LABELS, formatVnd } from '@/lib/domain/example-support';
import { formatDate } from '@/lib/format';
import { RemoveSupportButton, SupportForm } from './support-forms';

/** The dossier's "Hỗ trợ đã nhận": the rows (public once recorded) and, for who may, the form. */
export function SupportPanel({ nominationId, rows, canRecord, today }: { nominationId: string; rows: DossierSupportRow[]; canRecord: boolean; today: string }) {
  return (
    <section aria-labelledby="ho-tro-da-nhan" className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
      <h2 id="ho-tro-da-nhan" className="text-lg font-semibold">
        Hỗ trợ đã nhận
      </h2>
      <p className="mt-1 text-sm text-stone-700">Các khoản hỗ trợ được công khai trên trang của điển hình và cộng vào thống kê.</p>
      {rows.length === 0 ? (
        <p className="mt-3 text-stone-700">Chưa ghi nhận khoản hỗ trợ nào.</p>
      ) : (
        <ul className="mt-3 divide-y divide-stone-200">
          {rows.map((row) => {
            const label = `${SUPPORT_FORM_LABELS[row.form]} ngày ${formatDate(row.date)}`;
            return (
              <li key={row.id} className="flex flex-wrap items-start justify-between gap-2 py-2">
                <div>
                  <p className="font-medium">
                    {formatDate(row.date)} · {SUPPORT_FORM_LABELS[row.form]} · {formatVnd(row.amountVnd)}
                  </p>
                  <p className="text-sm text-stone-700">
                    {row.provider}
                    {row.recordedByName ? ` — ghi nhận bởi ${row.recordedByName}` : ''}
                  </p>
                </div>
                {canRecord && <RemoveSupportButton supportId={row.id} label={label} />}
              </li>
            );
          })}
        </ul>
      )}
      {canRecord && (
        <div className="mt-4 border-t border-stone-200 pt-4">
          <SupportForm nominationId={nominationId} today={today} />
        </div>
      )}
    </section>
  );
}
