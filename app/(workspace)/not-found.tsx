import { NotFoundContent } from '@/components/layout/status-pages';

/** Inside the workspace frame, so the header still shows who is signed in. */
export default function WorkspaceNotFound() {
  return <NotFoundContent />;
}
