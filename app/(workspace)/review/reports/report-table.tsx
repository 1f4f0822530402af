import type { ReactNode } from 'react';
import { formatNumber } from '@/lib/format';
import { METRIC_KEYS, METRIC_LABELS, TOTAL_LABEL, type ReportFigures } from '@/lib/domain/reports';

export interface ReportTableRow {
  key: string;
  label: ReactNode;
  figures: ReportFigures;
}

const cell = 'border-b border-stone-200 px-2 py-1.5 text-right tabular-nums whitespace-nowrap print:px-1 print:py-0.5';
const firstCell = 'sticky left-0 z-10 border-b border-stone-200 px-2 py-1.5 text-left align-top print:static print:px-1 print:py-0.5';

/**
 * One report table. On a narrow phone it scrolls sideways inside its own region (keyboard-focusable,
 * named by the caption) while the first column stays put; on paper it simply fits the page.
 */
export function ReportTable({
  id,
  caption,
  firstHeader,
  rows,
  total,
}: {
  id: string;
  caption: string;
  firstHeader: string;
  rows: ReportTableRow[];
  total: ReportFigures;
}) {
  return (
    <div
      role="region"
      aria-labelledby={`${id}-caption`}
      tabIndex={0}
      className="mt-3 relative overflow-x-auto rounded-lg border border-stone-200 bg-white print:overflow-visible print:rounded-none print:border-0"
    >
      <table className="min-w-full border-collapse text-sm print:text-[8pt]">
        <caption id={`${id}-caption`} className="px-2 py-2 text-left font-semibold text-stone-900 print:px-0">
          {caption}
        </caption>
        <thead className="bg-stone-100 text-xs text-stone-800 print:bg-transparent">
          <tr>
            <th scope="col" className={`${firstCell} min-w-40 bg-stone-100 font-semibold print:bg-transparent`}>
              {firstHeader}
            </th>
            {METRIC_KEYS.map((k) => (
              <th key={k} scope="col" className="border-b border-stone-200 px-2 py-1.5 text-right align-bottom font-semibold print:px-1">
                {METRIC_LABELS[k]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={METRIC_KEYS.length + 1} className="px-2 py-3 text-stone-700">
                Không có hồ sơ nào được tính trong năm và địa bàn này.
              </td>
            </tr>
          ) : (
            rows.map((r) => (
              <tr key={r.key} className="break-inside-avoid">
                <th scope="row" className={`${firstCell} bg-white font-normal`}>
                  {r.label}
                </th>
                {METRIC_KEYS.map((k) => (
                  <td key={k} className={cell}>
                    {formatNumber(r.figures[k])}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
        <tfoot className="font-bold">
          <tr>
            <th scope="row" className={`${firstCell} bg-white font-bold`}>
              {TOTAL_LABEL}
            </th>
            {METRIC_KEYS.map((k) => (
              <td key={k} className={cell}>
                {formatNumber(total[k])}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
