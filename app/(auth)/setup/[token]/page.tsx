import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/index';
import { findSetupLink } from '@/lib/accounts/setup-links';
import { AUTH_MESSAGES } from '@/lib/auth/messages';
import { formatDateTime } from '@/lib/format';
import { SetupForm } from './setup-form';

export const metadata: Metadata = { title: 'Đặt mật khẩu', robots: { index: false }, referrer: 'no-referrer' };
export const dynamic = 'force-dynamic';

export default async function SetupPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await findSetupLink(getDb(), token);
  return (
    <section className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold text-stone-900">Đặt mật khẩu</h1>
      {link ? (
        <>
          <p className="mt-2 text-stone-700">
            Tài khoản <strong>{link.name}</strong> ({link.email}). Đường dẫn này chỉ dùng được một lần, hết hạn lúc {formatDateTime(link.expiresAt)}.
          </p>
          <div className="mt-6 rounded-lg border border-stone-200 bg-white p-5">
            <SetupForm token={token} email={link.email} />
          </div>
        </>
      ) : (
        <div className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-4 text-stone-900">
          <p>{AUTH_MESSAGES.setupLinkInvalid}</p>
          <p className="mt-3">
            <Link href="/login">Đến trang đăng nhập</Link>
          </p>
        </div>
      )}
    </section>
  );
}
