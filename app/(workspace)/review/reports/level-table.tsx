import { formatNumber } from '@/lib/format';
import type { ReportTableData } from '@/lib/reports/tables';

/** The per-level table: few rows and columns, so it needs no sticky column; it still scrolls within itself on a phone. */
export function LevelTable({ id, caption, data }: { id: string; caption: string; data: ReportTableData }) {
  const cell = 'border-b border-stone-200 px-2 py-1.5 text-right tabular-nums print:px-1 print:py-0.5';
  return (
    <div
      role="region"
      aria-labelledby={`${id}-caption`}
      tabIndex={0}
      className="mt-3 relative overflow-x-auto rounded-lg border border-stone-200 bg-white print:border-0"
    >
      <table className="min-w-full border-collapse text-sm print:text-[8pt]">
        <caption id={`${id}-caption`} className="px-2 py-2 text-left font-semibold text-stone-900">
          {caption}
        </caption>
        <thead>
          <tr className="bg-stone-50">
            {data.headers.map((h, i) => (
              <th key={h} scope="col" className={i < data.textColumns ? 'border-b border-stone-200 px-2 py-1.5 text-left' : cell}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row) => (
            <tr key={String(row[0])}>
              {row.map((value, i) =>
                i < data.textColumns ? (
                  <th key={i} scope="row" className="border-b border-stone-200 px-2 py-1.5 text-left font-normal">
                    {value}
                  </th>
                ) : (
                  <td key={i} className={cell}>
                    {typeof value === 'number' ? formatNumber(value) : value}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="font-semibold">
            {data.total.map((value, i) =>
              i < data.textColumns ? (
                <th key={i} scope="row" className="px-2 py-1.5 text-left">
                  {value}
                </th>
              ) : (
                <td key={i} className={cell}>
                  {typeof value === 'number' ? formatNumber(value) : value}
                </td>
              ),
            )}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
