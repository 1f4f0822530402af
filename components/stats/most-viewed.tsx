import Link from 'next/link';
import type { MostViewedExample } from '@/lib/domain/outreach';
import { formatNumber } from '@/lib/format';

/** "Điển hình được xem nhiều nhất" in the scope chosen on /stats. */
export function MostViewed({ examples }: { examples: MostViewedExample[] }) {
  return (
    <section aria-labelledby="xem-nhieu-nhat" className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
      <h2 id="xem-nhieu-nhat" className="text-lg font-semibold">
        Điển hình được xem nhiều nhất
      </h2>
      <p className="mt-1 text-stone-700">
        Số lượt xem trang của từng điển hình trong phạm vi đã chọn, từ khi bắt đầu đếm; không tính máy tìm kiếm và người xem tải lại trang trong 30 phút. Số
        liệu được cập nhật sau vài phút.
      </p>
      {examples.length === 0 ? (
        <p className="mt-3">Chưa có lượt xem nào được ghi nhận trong phạm vi này.</p>
      ) : (
        <ol className="mt-3 divide-y divide-stone-200">
          {examples.map((example, i) => (
            <li key={example.slug} className="flex items-baseline gap-3 py-2">
              <span className="w-6 shrink-0 text-right font-semibold text-stone-600">{i + 1}.</span>
              <span className="min-w-0 flex-1">
                <Link href={`/examples/${example.slug}`}>{example.title}</Link>
                <span className="block text-sm text-stone-700">
                  {example.communeName}
                  {/* On a phone the count goes under the title, leaving the title the width of the screen. */}
                  <span className="sm:hidden">
                    {' '}
                    · <strong className="text-stone-800">{formatNumber(example.views)} lượt xem</strong>
                  </span>
                </span>
              </span>
              <span className="hidden shrink-0 whitespace-nowrap text-sm font-semibold text-stone-800 sm:block">{formatNumber(example.views)} lượt xem</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
