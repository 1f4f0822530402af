import Link from 'next/link';
import type { SessionUser } from '@/lib/domain/actor';
import { ROLE_LABELS } from '@/lib/domain/vocabulary';
import { NotificationBadge } from '@/components/workspace/notification-badge';
import { signOutAction } from './actions';

const LINKS: Record<SessionUser['role'], { href: string; label: string }[]> = {
  unit_member: [{ href: '/nominations', label: 'Hồ sơ của đơn vị' }],
  reviewer: [
    { href: '/review', label: 'Thẩm định' },
    { href: '/review/comments', label: 'Ý kiến bạn đọc' },
    { href: '/review/reports', label: 'Báo cáo' },
  ],
  admin: [
    { href: '/admin', label: 'Người dùng' },
    { href: '/admin/units', label: 'Đơn vị' },
    { href: '/admin/campaigns', label: 'Phong trào' },
    { href: '/admin/audit', label: 'Nhật ký' },
    { href: '/admin/outbox', label: 'Hộp thư đi' },
    { href: '/review', label: 'Hồ sơ' },
    { href: '/review/comments', label: 'Ý kiến bạn đọc' },
    { href: '/review/reports', label: 'Báo cáo' },
  ],
};

export function WorkspaceBar({ user, unread }: { user: SessionUser; unread: number }) {
  return (
    <div className="no-print mb-6 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-stone-200 bg-stone-50 px-4 py-3">
      <p className="text-sm text-stone-800">
        <span className="font-semibold">{user.name}</span>
        <span className="text-stone-600">
          {user.name !== ROLE_LABELS[user.role] && ` · ${ROLE_LABELS[user.role]}`}
          {user.unitName ? ` · ${user.unitName}` : ''}
        </span>
      </p>
      <nav aria-label="Khu vực làm việc" className="flex flex-wrap items-center gap-1 text-sm">
        {LINKS[user.role].map((l) => (
          <Link key={l.href} href={l.href} className="rounded px-2 py-1 text-stone-900 no-underline hover:bg-white">
            {l.label}
          </Link>
        ))}
        <NotificationBadge count={unread} />
        <Link href="/account" className="rounded px-2 py-1 text-stone-900 no-underline hover:bg-white">
          Tài khoản
        </Link>
        <form action={signOutAction}>
          <button type="submit" className="rounded border border-stone-400 bg-white px-2 py-1 font-medium text-stone-900 hover:bg-stone-100">
            Đăng xuất
          </button>
        </form>
      </nav>
    </div>
  );
}
