import { NotFoundContent } from '@/components/layout/status-pages';

/**
 * Inside this group's frame: the root not-found brings its own SiteFrame, which here would draw a second
 * header and footer inside <main>, and would be serialised into every page's RSC payload once more.
 */
export default function NotFound() {
  return <NotFoundContent />;
}
