// The entry of dist/plain-pages.mjs (scripts/compile-server.mjs): the public pages rendered by react-dom/server
// alone, from the same modules as Next's pages, for the page cache's uncached anonymous requests. Next's
// per-request work (routing, metadata, two Flight passes, the inline payload) was three quarters of such a
// page's CPU (docs/render-profile.md). Nothing is hydrated: forms post to Next without script, and the few parts
// that need script (the filters' islands, components/layout/island.tsx) are mounted by a small script of their own.
import type { Metadata } from 'next';
import { renderToString } from 'react-dom/server';
import RootLayout, { metadata as rootMetadata, viewport } from '@/app/layout';
import PublicLayout from '@/app/(public)/layout';
import HomePage from '@/app/(public)/page';
import CommunePage, { generateMetadata as communeMetadata } from '@/app/(public)/communes/[code]/page';
import ExamplePage, { generateMetadata as exampleMetadata } from '@/app/(public)/examples/[slug]/page';
import ExamplesPage, { metadata as examplesMetadata } from '@/app/(public)/examples/page';
import StatsPage, { metadata as statsMetadata } from '@/app/(public)/stats/page';
import { GET as examplesApi } from '@/app/api/v1/examples/route';
import { ISLAND_ATTRIBUTE } from '@/components/layout/island';
import { PageHead } from '@/components/layout/page-head';
import { RenderedWithoutNext } from '@/components/layout/plain-page';
import type { SearchParams } from '@/lib/domain/example-filters';
import type { PlainRoute } from '@/lib/plain-pages/fill';
import { routeAnswer, withSiteHeaders } from '@/lib/plain-pages/route-answer';
import { searchParamsOf } from '@/lib/plain-pages/search-params';
import type { PageShell } from '@/lib/plain-pages/shell';

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
  });
  return withSiteHeaders(headers, nonce);
}

type Params = Promise<Record<string, string>>;
interface PageProps {
  params: Params;
  searchParams: Promise<SearchParams>;
}
interface PageModule {
  page: (props: PageProps) => Promise<React.ReactNode>;
  metadata: (props: PageProps) => Promise<Metadata>;
  /** The route's dynamic segment, if it has one; without one, the value is the query. */
  param?: string;
}

const fixed = (metadata: Metadata) => async () => metadata;
// Each page types its own params and query; the route table hands each the ones it reads.
const page = (module: unknown) => module as PageModule['page'];
const described = (module: unknown) => module as PageModule['metadata'];

// Public pages whose every part renders on the server, or is an island (components/layout/island.tsx).
const PAGES: Record<Exclude<PlainRoute, 'api-examples'>, PageModule> = {
  // The root layout's title and description.
  home: { page: page(HomePage), metadata: fixed({}) },
  example: { page: page(ExamplePage), metadata: described(exampleMetadata), param: 'slug' },
  commune: { page: page(CommunePage), metadata: described(communeMetadata), param: 'code' },
  examples: { page: page(ExamplesPage), metadata: fixed(examplesMetadata) },
  stats: { page: page(StatsPage), metadata: fixed(statsMetadata) },
};

// The address of the islands script of this build (scripts/compile-server.mjs).
const ISLANDS_SCRIPT = process.env.GS_ISLANDS_SCRIPT;

/** The islands script, where the page has an island: loaded without holding up the page, run once it is parsed. */
function withIslands(html: string, nonce: string): string {
  if (!html.includes(` ${ISLAND_ATTRIBUTE}=`)) return html;
  if (!ISLANDS_SCRIPT) throw new Error('Bản dựng này thiếu tệp script cho các phần tương tác (GS_ISLANDS_SCRIPT).');
  return html.replace('</head>', `<script src="${ISLANDS_SCRIPT}" nonce="${nonce}" defer=""></script></head>`);
}

/**
 * A public page as a finished document. Throws what the page throws: Next's redirect for a moved slug, its
 * not-found, a database error; the caller then asks Next, which answers those as it always does.
 */
export async function renderPage(route: PlainRoute, value: string, shell: PageShell, nonce: string): Promise<PlainPage> {
  // The API's list, answered by its own route handler: Next's routing and proxy were half of its CPU.
  if (route === 'api-examples') return routeAnswer(examplesApi, `/api/v1/examples${value ? `?${value}` : ''}`, nonce);
  const { page: render, metadata: describe, param } = PAGES[route];
  const props = {
    params: Promise.resolve(param ? { [param]: value } : {}),
    searchParams: Promise.resolve(param ? {} : searchParamsOf(value)),
  };
  const [page, metadata] = await Promise.all([render(props), describe(props)]);
  const html = renderToString(
    <RootLayout>
      <PageHead page={metadata} root={rootMetadata} viewport={viewport} shell={shell} />
      <RenderedWithoutNext.Provider value={true}>
        <PublicLayout>{page}</PublicLayout>
      </RenderedWithoutNext.Provider>
    </RootLayout>,
  );
  return { status: 200, headers: pageHeaders(nonce), body: Buffer.from(`<!DOCTYPE html>${withIslands(html, nonce)}`) };
}
