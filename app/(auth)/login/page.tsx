import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { homePathFor } from '@/lib/auth/permissions';
import { LoginForm } from './login-form';
import { safeReturnPath } from './return-path';

export const metadata: Metadata = { title: 'Đăng nhập', robots: { index: false } };
export const dynamic = 'force-dynamic';

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeReturnPath(typeof params.next === 'string' ? params.next : null);
  const user = await getCurrentUser();
  if (user) redirect(next ?? homePathFor(user));
  return (
    <section className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold text-stone-900">Đăng nhập</h1>
      <p className="mt-2 text-stone-700">
        Dành cho cán bộ các đơn vị giới thiệu điển hình, cán bộ thẩm định và quản trị viên. Tài khoản do quản trị viên cấp; người dân xem các điển hình mà không
        cần đăng nhập.
      </p>
      {params.signedOut === '1' && (
        <p role="status" className="mt-4 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          Bạn đã đăng xuất.
        </p>
      )}
      {params.passwordSet === '1' && (
        <p role="status" className="mt-4 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          Đã đặt mật khẩu. Hãy đăng nhập bằng email và mật khẩu mới.
        </p>
      )}
      <div className="mt-6 rounded-lg border border-stone-200 bg-white p-5">
        <LoginForm next={next} />
      </div>
      <p className="mt-4 text-sm text-stone-600">Quên mật khẩu? Hãy đề nghị quản trị viên cấp đường dẫn đặt lại mật khẩu.</p>
    </section>
  );
}
