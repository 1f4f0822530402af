'use client';

import { ErrorContent } from '@/components/layout/error-content';
import { SiteFrame } from '@/components/layout/site-frame';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <SiteFrame>
      <ErrorContent reset={reset} />
    </SiteFrame>
  );
}
