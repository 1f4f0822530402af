import Link from 'next/link';

/** The 404 page's content; app/not-found.tsx frames it, the workspace's own not-found keeps the workspace frame. */
export function NotFoundContent() {
  return (
    <section className="mx-auto max-w-xl py-12 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Lỗi 404</p>
      <h1 className="mt-2 text-2xl font-bold">Không tìm thấy trang</h1>
      <p className="mt-3 text-stone-700">Trang bạn tìm không có hoặc chưa được công bố. Có thể đường dẫn đã thay đổi hoặc nội dung đã được gỡ.</p>
      <p className="mt-6 flex justify-center gap-4">
        <Link href="/">Về trang chủ</Link>
        <Link href="/examples">Xem các điển hình</Link>
      </p>
    </section>
  );
}

/** The 403 page's content (see NotFoundContent). */
export function ForbiddenContent() {
  return (
    <section className="mx-auto max-w-xl py-12 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Lỗi 403</p>
      <h1 className="mt-2 text-2xl font-bold">Bạn không có quyền xem trang này</h1>
      <p className="mt-3 text-stone-700">Trang này dành cho vai trò khác trong hệ thống. Nếu bạn cần quyền truy cập, hãy liên hệ quản trị viên.</p>
      <p className="mt-6 flex justify-center gap-4">
        <Link href="/">Về trang chủ</Link>
        <Link href="/login">Đăng nhập bằng tài khoản khác</Link>
      </p>
    </section>
  );
}

/**
 * The 401 page's content. Nothing calls unauthorized() (signed-out visitors are sent to /login), but with
 * authInterrupts on, every page's payload carries this boundary: without it, Next's English default twice.
 */
export function UnauthorizedContent() {
  return (
    <section className="mx-auto max-w-xl py-12 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Lỗi 401</p>
      <h1 className="mt-2 text-2xl font-bold">Cần đăng nhập</h1>
      <p className="mt-6">
        <Link href="/login">Đăng nhập</Link>
      </p>
    </section>
  );
}
