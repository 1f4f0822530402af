import Link from 'next/link';

export default function Forbidden() {
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
