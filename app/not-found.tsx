import { SiteFrame } from '@/components/layout/site-frame';
import { NotFoundContent } from '@/components/layout/status-pages';

export default function NotFound() {
  return (
    <SiteFrame>
      <NotFoundContent />
    </SiteFrame>
  );
}
