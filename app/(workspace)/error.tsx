'use client';

import { ErrorContent } from '@/components/layout/error-content';

/** Inside the workspace frame, so the header still shows who is signed in. */
export default function WorkspaceError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorContent reset={reset} />;
}
