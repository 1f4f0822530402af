import { SUPPORT_FORM_LABELS, formatVnd } from '@/lib/domain/example-support';
import type { ExampleStats } from '@/lib/domain/stats';
import { formatNumber } from '@/lib/format';

/** "Hỗ trợ đã nhận": support recorded on the selected examples, totalled by form. */
export function SupportTotals({ totals }: { totals: ExampleStats['supportByForm'] }) {
  const all = totals.reduce((sum, t) => sum + t.amountVnd, 0);
  return (
    <section aria-labelledby="ho-tro-theo-hinh-thuc" className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
      <h2 id="ho-tro-theo-hinh-thuc" className="text-lg font-semibold">
        Hỗ trợ đã nhận, theo hình thức
      </h2>
      <p className="mt-1 text-stone-700">Các khoản hỗ trợ (tập huấn, vay vốn, trang thiết bị…) được ghi nhận cho các điển hình trong phạm vi đã chọn.</p>
      {totals.length === 0 ? (
        <p className="mt-3">Chưa ghi nhận khoản hỗ trợ nào trong phạm vi này.</p>
      ) : (
        <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label="Hỗ trợ theo hình thức">
          <table className="w-full border-collapse text-left text-sm sm:text-base">
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="py-2 pr-3">
                  Hình thức
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  Số lần
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  Số điển hình
                </th>
                <th scope="col" className="py-2 text-right">
                  Tổng giá trị
                </th>
              </tr>
            </thead>
            <tbody>
              {totals.map((t) => (
                <tr key={t.form} className="border-b border-stone-200">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    {SUPPORT_FORM_LABELS[t.form]}
                  </th>
                  <td className="py-2 pr-3 text-right">{formatNumber(t.count)}</td>
                  <td className="py-2 pr-3 text-right">{formatNumber(t.examples)}</td>
                  <td className="py-2 text-right whitespace-nowrap">{formatVnd(t.amountVnd)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={3} className="py-2 pr-3 text-right font-semibold">
                  Tổng cộng
                </th>
                <td className="py-2 text-right font-semibold whitespace-nowrap">{formatVnd(all)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
