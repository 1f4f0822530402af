import { SiteFrame } from '@/components/layout/site-frame';
import { UnauthorizedContent } from '@/components/layout/status-pages';

export default function Unauthorized() {
  return (
    <SiteFrame>
      <UnauthorizedContent />
    </SiteFrame>
  );
}
