import { formatShare, type Sustainability } from '@/lib/domain/sustainability';
import { formatNumber } from '@/lib/format';
import { BarChart } from './bar-chart';
import { DataTable } from './data-table';

/**
 * "Tính bền vững": of the households the examples counted out of poverty, the share still out 1, 2 and
 * 3 years later, from confirmed yearly follow-ups. Each share counts only the examples that reported that year.
 */
export function SustainabilitySection({ rows }: { rows: Sustainability[] }) {
  const reported = rows.filter((r) => r.share != null);
  return (
    <section aria-labelledby="ben-vung" className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
      <h2 id="ben-vung" className="text-lg font-semibold">
        Tính bền vững
      </h2>
      <p className="mt-1 text-stone-700">
        Trong số hộ thoát nghèo được ghi nhận khi công nhận điển hình, tỷ lệ hộ vẫn giữ được thoát nghèo sau 1, 2 và 3 năm, theo báo cáo theo dõi đã được xác
        nhận. Mỗi tỷ lệ chỉ tính các điển hình có báo cáo của năm đó.
      </p>
      {reported.length === 0 ? (
        <p className="mt-3 rounded-md border border-dashed border-stone-300 p-4 text-stone-700">Chưa có báo cáo theo dõi được xác nhận trong phạm vi này.</p>
      ) : (
        <div className="mt-4 grid gap-6 lg:grid-cols-2">
          <BarChart
            data={reported.map((r) => ({ label: `Sau ${r.after} năm`, value: Math.round(r.share! * 1000) / 10 }))}
            format={(v) => formatShare(v / 100)}
          />
          <DataTable
            caption="Hộ vẫn giữ được thoát nghèo theo số năm sau công nhận, và số điển hình có báo cáo"
            columns={[
              { header: 'Sau' },
              { header: 'Tỷ lệ', numeric: true },
              { header: 'Số hộ còn / đã ghi nhận', numeric: true },
              { header: 'Tái nghèo', numeric: true },
              { header: 'Điển hình', numeric: true },
            ]}
            rows={rows.map((r) => ({
              key: String(r.after),
              cells: [
                `${r.after} năm`,
                r.share == null ? '—' : formatShare(r.share),
                r.share == null ? '—' : `${formatNumber(r.stillOut)} / ${formatNumber(r.counted)}`,
                r.share == null ? '—' : formatNumber(r.fellBack),
                formatNumber(r.examples),
              ],
            }))}
          />
        </div>
      )}
    </section>
  );
}
