import { SiteFrame } from '@/components/layout/site-frame';

/** No session lookup here: these pages stay static and cacheable. */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <SiteFrame>{children}</SiteFrame>;
}
