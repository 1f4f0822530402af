import { SiteFrame } from '@/components/layout/site-frame';
import { ForbiddenContent } from '@/components/layout/status-pages';

export default function Forbidden() {
  return (
    <SiteFrame>
      <ForbiddenContent />
    </SiteFrame>
  );
}
