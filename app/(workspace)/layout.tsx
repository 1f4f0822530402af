import type { Metadata } from 'next';
import { getDb } from '@/db/index';
import { countUnread } from '@/db/queries/notifications';
import { getCurrentUser } from '@/lib/auth/current-user';
import { WorkspaceBar } from './workspace-bar';

export const metadata: Metadata = { robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

/** Every page below checks the session and its permission itself; the bar only shows who is signed in. */
export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  const unread = user ? await countUnread(getDb(), user.id) : 0;
  return (
    <>
      {user && <WorkspaceBar user={user} unread={unread} />}
      {children}
    </>
  );
}
