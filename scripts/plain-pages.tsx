// The entry of dist/plain-pages.mjs (scripts/compile-server.mjs): the home, example and commune pages rendered by
// react-dom/server alone, from the same modules as Next's pages, for the page cache's uncached anonymous requests. Next's
// per-request work (routing, metadata, two Flight passes, the inline payload) was three quarters of such a
// page's CPU (docs/render-profile.md); the page has nothing to hydrate, its forms post to Next without script.
import type { Metadata } from 'next';
import { renderToString } from 'react-dom/server';
import RootLayout, { metadata as rootMetadata, viewport } from '@/app/layout';
import PublicLayout from '@/app/(public)/layout';
import HomePage from '@/app/(public)/page';
import CommunePage, { generateMetadata as communeMetadata } from '@/app/(public)/communes/[code]/page';
import ExamplePage, { generateMetadata as exampleMetadata } from '@/app/(public)/examples/[slug]/page';
import { contentSecurityPolicy } from '@/lib/csp';
import { NO_FRAMING_HEADERS, SECURITY_HEADERS } from '@/lib/security-headers';
import { siteUrl } from '@/lib/site';
import { PageHead } from '@/components/layout/page-head';
import { RenderedWithoutNext } from '@/components/layout/plain-page';
import type { PlainRoute } from '@/lib/plain-pages/fill';
import type { PageShell } from '@/lib/plain-pages/shell';

export const RENDER_HEADER = 'x-gs-render';

export interface PlainPage {
  status: number;
  headers: Headers;
  body: Buffer;
}

/** Next's answer for the same page, minus what is Next's own (the router's Vary) and plus the renderer's name. */
function pageHeaders(nonce: string): Headers {
  const headers = new Headers({
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'private, no-cache, no-store, max-age=0, must-revalidate',
    'Content-Security-Policy': contentSecurityPolicy(nonce, { https: siteUrl().startsWith('https://') }),
    [RENDER_HEADER]: 'plain',
  });
  for (const { key, value } of [...SECURITY_HEADERS, ...NO_FRAMING_HEADERS]) headers.set(key, value);
  return headers;
}

type Params = Promise<Record<string, string>>;
interface PageModule {
  page: (props: { params: Params }) => Promise<React.ReactNode>;
  metadata: (props: { params: Params }) => Promise<Metadata>;
  /** The route's dynamic segment, if it has one. */
  param?: string;
}

// Public pages whose every part renders on the server (no client component that needs its script).
const PAGES: Record<PlainRoute, PageModule> = {
  // The root layout's title and description.
  home: { page: HomePage as PageModule['page'], metadata: async () => ({}) },
  example: { page: ExamplePage as PageModule['page'], metadata: exampleMetadata as PageModule['metadata'], param: 'slug' },
  commune: { page: CommunePage as PageModule['page'], metadata: communeMetadata as PageModule['metadata'], param: 'code' },
};

/**
 * A public page as a finished document. Throws what the page throws: Next's redirect for a moved slug, its
 * not-found, a database error; the caller then asks Next, which answers those as it always does.
 */
export async function renderPage(route: PlainRoute, value: string, shell: PageShell, nonce: string): Promise<PlainPage> {
  const { page: render, metadata: describe, param } = PAGES[route];
  const params = Promise.resolve(param ? { [param]: value } : {});
  const [page, metadata] = await Promise.all([render({ params }), describe({ params })]);
  const html = renderToString(
    <RootLayout>
      <PageHead page={metadata} root={rootMetadata} viewport={viewport} shell={shell} />
      <RenderedWithoutNext.Provider value={true}>
        <PublicLayout>{page}</PublicLayout>
      </RenderedWithoutNext.Provider>
    </RootLayout>,
  );
  return { status: 200, headers: pageHeaders(nonce), body: Buffer.from(`<!DOCTYPE html>${html}`) };
}
