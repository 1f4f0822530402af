// The entry of dist/plain-pages.mjs (scripts/compile-server.mjs): an example page rendered by react-dom/server
// alone, from the same modules as Next's page, for the page cache's uncached anonymous requests. Next's
// per-request work (routing, metadata, two Flight passes, the inline payload) was three quarters of such a
// page's CPU (docs/render-profile.md); the page has nothing to hydrate, its forms post to Next without script.
import { renderToString } from 'react-dom/server';
import RootLayout, { metadata as rootMetadata, viewport } from '@/app/layout';
import PublicLayout from '@/app/(public)/layout';
import ExamplePage, { generateMetadata } from '@/app/(public)/examples/[slug]/page';
import { contentSecurityPolicy } from '@/lib/csp';
import { NO_FRAMING_HEADERS, SECURITY_HEADERS } from '@/lib/security-headers';
import { siteUrl } from '@/lib/site';
import { PageHead } from '@/components/layout/page-head';
import { RenderedWithoutNext } from '@/components/layout/plain-page';
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

/**
 * `/examples/<slug>` as a finished document. Throws what the page throws: Next's redirect for a moved slug,
 * its not-found, a database error; the caller then asks Next, which answers those as it always does.
 */
export async function renderExamplePage(slug: string, shell: PageShell, nonce: string): Promise<PlainPage> {
  const params = Promise.resolve({ slug });
  const [page, metadata] = await Promise.all([ExamplePage({ params }), generateMetadata({ params })]);
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
