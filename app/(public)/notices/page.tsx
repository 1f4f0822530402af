import type { Metadata } from 'next';
import Link from 'next/link';
import { NoticeCard } from '@/components/notices/notice-card';
import { listNotices } from '@/db/queries/notices';
import { cachedPublicData, publicCacheKey } from '@/lib/cache/public-data-cache';
import { now } from '@/lib/clock';
import { formatNumber } from '@/lib/format';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: 'Công khai lấy ý kiến',
  description: 'Các hồ sơ điển hình đang được công khai để nhân dân góp ý trước khi cấp có thẩm quyền quyết định công nhận.',
};

const PAGE_SIZE = 50;

function pageNumber(raw: string | string[] | undefined): number {
  const value = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(value) && value >= 1 && value <= 1000 ? value : 1;
}

export default async function NoticesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const page = pageNumber((await searchParams).page);
  const { items, total } = await cachedPublicData(publicCacheKey('notices', { page }), (db) =>
    listNotices(db, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
  );
  // Whether each window is still open is decided now, not when the list was cached.
  const at = now().getTime();
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">Công khai lấy ý kiến</h1>
        <p className="mt-2 max-w-3xl text-stone-800">
          Trước khi công nhận, danh sách điển hình được công khai để nhân dân góp ý, phản ánh. Mỗi hồ sơ nhận ý kiến trong một số ngày làm việc (không tính thứ
          Bảy, Chủ nhật và ngày lễ, Tết). Hội đồng xét duyệt xem xét từng ý kiến trước khi quyết định.
        </p>
      </header>
      {items.length === 0 ? (
        <div className="rounded-lg border border-dashed border-stone-300 bg-white p-6">
          <p className="font-medium">Hiện không có hồ sơ nào đang công khai lấy ý kiến.</p>
          <p className="mt-2 text-sm text-stone-700">
            Bạn có thể xem <Link href="/examples">các điển hình đã được công nhận</Link>.
          </p>
        </div>
      ) : (
        <>
          <p className="text-stone-700">{formatNumber(total)} hồ sơ đang công khai, hồ sơ sắp hết hạn góp ý ở trên cùng.</p>
          <ul className="space-y-4">
            {items.map((item) => (
              <li key={item.id}>
                <NoticeCard item={item} open={at <= item.noticeEndsAt.getTime()} />
              </li>
            ))}
          </ul>
          {pages > 1 && (
            <nav aria-label="Phân trang" className="flex gap-4">
              {page > 1 && <Link href={`/notices?page=${page - 1}`}>Trang trước</Link>}
              <span>
                Trang {page}/{pages}
              </span>
              {page < pages && <Link href={`/notices?page=${page + 1}`}>Trang sau</Link>}
            </nav>
          )}
        </>
      )}
    </div>
  );
}
