import type { PublicSupport } from '@/db/queries/example-support';
import { SUPPORT_FORM_LABELS, formatVnd } from '@/lib/domain/example-support';
import { formatDate, formatNumber } from '@/lib/format';
import type { ReactNode } from 'react';

/** "Hỗ trợ đã nhận": the support the model received, oldest first; nothing when none is recorded. */
export function SupportReceived({ support }: { support: PublicSupport[] }) {
  if (support.length === 0) return null;
  const total = support.reduce((sum, s) => sum + s.amountVnd, 0);
  return (
    <section aria-labelledby="ho-tro" className="mt-8">
      <h2 id="ho-tro" className="text-xl font-semibold">
        Hỗ trợ đã nhận
      </h2>
      {/* A phone reads one card per support: four narrow columns would break every word. */}
      <ul className="mt-3 divide-y divide-stone-200 sm:hidden">
        {support.map((s, i) => (
          <li key={i} className="py-2">
            <p className="flex justify-between gap-3 font-medium">
              <span>{SUPPORT_FORM_LABELS[s.form]}</span>
              <span className="whitespace-nowrap">{s.amountVnd > 0 ? formatVnd(s.amountVnd) : '—'}</span>
            </p>
            <p className="text-sm text-stone-700">
              {formatDate(s.date)} · {s.provider}
            </p>
          </li>
        ))}
        {support.length > 1 && (
          <li className="flex justify-between gap-3 py-2 font-semibold">
            <span>Tổng giá trị</span>
            <span className="whitespace-nowrap">{formatVnd(total)}</span>
          </li>
        )}
      </ul>
      <div className="mt-3 hidden sm:block">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Các khoản hỗ trợ mô hình đã nhận, theo ngày</caption>
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="py-2 pr-3 font-semibold">
                Ngày
              </th>
              <th scope="col" className="py-2 pr-3 font-semibold">
                Hình thức
              </th>
              <th scope="col" className="py-2 pr-3 font-semibold">
                Đơn vị hỗ trợ
              </th>
              <th scope="col" className="py-2 text-right font-semibold">
                Giá trị
              </th>
            </tr>
          </thead>
          <tbody>
            {support.map((s, i) => (
              <tr key={i} className="border-b border-stone-200 align-top">
                <td className="py-2 pr-3 whitespace-nowrap">{formatDate(s.date)}</td>
                <td className="py-2 pr-3">{SUPPORT_FORM_LABELS[s.form]}</td>
                <td className="py-2 pr-3 break-words">{s.provider}</td>
                <td className="py-2 text-right whitespace-nowrap">{s.amountVnd > 0 ? formatVnd(s.amountVnd) : '—'}</td>
              </tr>
            ))}
          </tbody>
          {support.length > 1 && (
            <tfoot>
              <tr>
                <th scope="row" colSpan={3} className="py-2 pr-3 text-right font-semibold">
                  Tổng giá trị
                </th>
                <td className="py-2 text-right font-semibold whitespace-nowrap">{formatVnd(total)}</td>
              </tr>
            </tfoot>
          )}
        </table>
      </div>
    </section>
  );
}

/** The count of requests to learn, and the form to add one (the route's own, passed in). */
export function ReplicationRequests({ count, children }: { count: number; children: ReactNode }) {
  return (
    <section aria-labelledby="dang-ky-hoc-tap" className="no-print mt-8 space-y-4">
      <h2 id="dang-ky-hoc-tap" className="text-xl font-semibold">
        Đăng ký học tập, nhân rộng mô hình
      </h2>
      <p className="text-stone-800">
        {count > 0 ? <strong>{formatNumber(count)} đơn vị, cá nhân đã đăng ký học tập</strong> : 'Chưa có đơn vị, cá nhân nào đăng ký học tập mô hình này.'}{' '}
        Muốn áp dụng cách làm này ở địa phương mình? Hãy gửi đăng ký: đơn vị giới thiệu điển hình sẽ liên hệ để trao đổi, hẹn tham quan.
      </p>
      {children}
    </section>
  );
}
