import { connection } from 'next/server';
import { SiteFrame } from '@/components/layout/site-frame';
import { NotFoundContent } from '@/components/layout/status-pages';

export default async function NotFound() {
  // Rendered per request, never prerendered: only a page rendered per request carries the nonce that the
  // Content-Security-Policy asks of its scripts (a prerendered one has its scripts refused).
  await connection();
  return (
    <SiteFrame>
      <NotFoundContent />
    </SiteFrame>
  );
}
