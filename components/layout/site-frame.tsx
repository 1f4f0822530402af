import { SiteFooter } from './site-footer';
import { SiteHeader, type HeaderUser } from './site-header';

/**
 * Header, main and footer around a page. Each route group's layout renders it (the root layout does not), so
 * only the workspace, which is dynamic anyway, looks up the session for the header.
 */
export function SiteFrame({ user = null, children }: { user?: HeaderUser | null; children: React.ReactNode }) {
  return (
    <>
      <SiteHeader user={user} />
      <main id="noi-dung" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
