import Link from 'next/link';
import { MOVEMENT_NAME, SITE_NAME } from '@/lib/site';

const NAV = [
  { href: '/', label: 'Trang chủ' },
  { href: '/examples', label: 'Điển hình' },
  { href: '/notices', label: 'Lấy ý kiến' },
  { href: '/stats', label: 'Thống kê' },
  { href: '/open-data', label: 'Dữ liệu mở' },
];

/** Who is signed in, as the header shows them: plain data, no session lookup here. */
export interface HeaderUser {
  name: string;
  /** Where their work is (homePathFor). */
  homePath: string;
}

const LINK = 'block rounded px-3 py-2 text-stone-800 no-underline hover:bg-brand-50';

/**
 * The site's header. Public pages render it without a user (they never read cookies, so the page cache may
 * serve them); the workspace layout passes the signed-in user, who then sees their name instead of "Đăng nhập".
 */
export function SiteHeader({ user = null }: { user?: HeaderUser | null }) {
  return user ? headerFor(user) : ANONYMOUS_HEADER;
}

function headerFor(user: HeaderUser | null) {
  return (
    <header className="no-print border-t-4 border-brand-700 bg-white shadow-sm">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex min-w-0 items-center gap-3 text-stone-900 no-underline hover:no-underline">
          <span aria-hidden="true" className="grid h-10 w-10 shrink-0 place-items-center rounded-full bg-brand-700 text-lg text-amber-300">
            ★
          </span>
          <span className="min-w-0 leading-tight">
            <span className="block text-xl font-bold tracking-tight text-brand-800">{SITE_NAME}</span>
            <span className="block text-xs text-stone-600 sm:text-sm">{MOVEMENT_NAME}</span>
          </span>
        </Link>
        <nav aria-label="Điều hướng chính" className="min-w-0">
          <ul className="flex flex-wrap gap-1 text-sm font-medium">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className={LINK}>
                  {item.label}
                </Link>
              </li>
            ))}
            {user ? (
              <>
                <li>
                  <Link href={user.homePath} className={LINK}>
                    Khu làm việc
                  </Link>
                </li>
                <li className="min-w-0">
                  <Link href="/account" className={`${LINK} break-words`} aria-label={`Tài khoản: ${user.name}`}>
                    {/* Drawn, not an emoji: office computers often have no emoji font. */}
                    <svg aria-hidden="true" viewBox="0 0 16 16" className="mr-1 inline h-4 w-4 align-[-2px]" fill="currentColor">
                      <circle cx="8" cy="5" r="3" />
                      <path d="M2 15c0-3.3 2.7-5.5 6-5.5s6 2.2 6 5.5z" />
                    </svg>
                    {user.name}
                  </Link>
                </li>
              </>
            ) : (
              <li>
                <Link href="/login" className={LINK}>
                  Đăng nhập
                </Link>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}

/**
 * One element for every anonymous header: a public page's RSC payload holds the header three times (the
 * page and the root not-found and forbidden boundaries), and React serialises an element it has seen once.
 */
const ANONYMOUS_HEADER = headerFor(null);
