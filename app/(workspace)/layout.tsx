import type { Metadata } from 'next';
import { getDb } from '@/db/index';
import { countUnread } from '@/db/queries/notifications';
import { SiteFrame } from '@/components/layout/site-frame';
import { getCurrentUser } from '@/lib/auth/current-user';
import { homePathFor } from '@/lib/auth/permissions';
import { WorkspaceBar } from './workspace-bar';

export const metadata: Metadata = { robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

/**
 * Every page below checks the session and its permission itself; the header and the bar only show who is
 * signed in. The public groups render the same frame without a user, so they never read the session.
 */
export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  const unread = user ? await countUnread(getDb(), user.id) : 0;
  return (
    <SiteFrame user={user ? { name: user.name, homePath: homePathFor(user) } : null}>
      {user && <WorkspaceBar user={user} unread={unread} />}
      {children}
    </SiteFrame>
  );
}
