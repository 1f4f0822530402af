import type { Metadata } from 'next';
import { getDb } from '@/db/index';
import { getMailPreference } from '@/db/queries/mail-outbox';
import { requireUser } from '@/lib/auth/current-user';
import { ADMIN_TREE_LABELS, ROLE_LABELS } from '@/lib/domain/vocabulary';
import { MailPreferenceForm } from './mail-preference-form';
import { PasswordForm } from './password-form';

export const metadata: Metadata = { title: 'Tài khoản' };

export default async function AccountPage() {
  const user = await requireUser('/account');
  const preference = (await getMailPreference(getDb(), user.id)) ?? 'at_once';
  return (
    <section className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold text-stone-900">Tài khoản của tôi</h1>
      <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-2 rounded-lg border border-stone-200 bg-white p-5 sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium text-stone-600">Họ và tên</dt>
        <dd>{user.name}</dd>
        <dt className="font-medium text-stone-600">Email</dt>
        <dd>{user.email}</dd>
        <dt className="font-medium text-stone-600">Vai trò</dt>
        <dd>{ROLE_LABELS[user.role]}</dd>
        {user.unitName && (
          <>
            <dt className="font-medium text-stone-600">Đơn vị</dt>
            <dd>{user.unitName}</dd>
          </>
        )}
        {user.scope && (
          <>
            <dt className="font-medium text-stone-600">Địa bàn thẩm định</dt>
            <dd>
              Mã {user.scope.code} ({ADMIN_TREE_LABELS[user.scope.tree]})
            </dd>
          </>
        )}
      </dl>
      <h2 id="thu-thong-bao" className="mt-8 text-xl font-semibold text-stone-900">
        Thư thông báo
      </h2>
      <p className="mt-1 text-stone-700">Thư được gửi tới {user.email}. Thông báo vẫn luôn hiện trong trang Thông báo.</p>
      <div className="mt-4 rounded-lg border border-stone-200 bg-white p-5">
        <MailPreferenceForm current={preference} />
      </div>
      <h2 className="mt-8 text-xl font-semibold text-stone-900">Đổi mật khẩu</h2>
      <p className="mt-1 text-stone-700">Sau khi đổi, mọi phiên đăng nhập khác của bạn (máy khác, trình duyệt khác) sẽ bị đăng xuất.</p>
      <div className="mt-4 rounded-lg border border-stone-200 bg-white p-5">
        <PasswordForm email={user.email} />
      </div>
    </section>
  );
}
