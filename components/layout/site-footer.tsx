import Link from 'next/link';
import { HOST_AUTHORITY, MOVEMENT_NAME, SITE_NAME } from '@/lib/site';

export function SiteFooter() {
  return FOOTER;
}

/** One element for every page, serialised once in the RSC payload (see ANONYMOUS_HEADER in ./site-header.tsx). */
const FOOTER = (
  <footer className="no-print mt-16 border-t border-stone-200 bg-white text-sm text-stone-600">
    <div className="mx-auto grid max-w-6xl gap-4 px-4 py-8 sm:grid-cols-2">
      <div>
        <p className="font-semibold text-stone-800">{SITE_NAME}</p>
        <p>Phong trào thi đua “{MOVEMENT_NAME}” giai đoạn 2021–2025.</p>
        <p>Cơ quan chủ trì: {HOST_AUTHORITY}.</p>
      </div>
      <div className="sm:text-right">
        <p>
          <Link href="/open-data">Dữ liệu mở và điều khoản sử dụng</Link>
        </p>
        <p>Danh mục đơn vị hành chính: Tổng cục Thống kê (nay là Cục Thống kê).</p>
      </div>
    </div>
  </footer>
);
