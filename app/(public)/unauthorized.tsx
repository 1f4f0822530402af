import { UnauthorizedContent } from '@/components/layout/status-pages';

/** Inside this group's frame, for the reasons in ./not-found.tsx. */
export default function Unauthorized() {
  return <UnauthorizedContent />;
}
