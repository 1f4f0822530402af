import { ForbiddenContent } from '@/components/layout/status-pages';

/** Inside the workspace frame, so the header still shows who is signed in. */
export default function WorkspaceForbidden() {
  return <ForbiddenContent />;
}
