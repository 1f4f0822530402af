import type { IncomingMessage } from 'node:http';
import type { CapturedResponse } from '../public-page-cache/page';
import { newNonce } from '../public-page-cache/page';
import { readShell, type PageShell } from './shell';

export type PlainRoute = 'home' | 'example' | 'commune' | 'examples' | 'stats' | 'api-examples';

/** Answers that are not HTML pages: they link no stylesheet, so they need no shell learnt from Next. */
const WITHOUT_SHELL: ReadonlySet<PlainRoute> = new Set(['api-examples']);

/** What dist/plain-pages.mjs exports (scripts/plain-pages.tsx). */
export interface PlainRenderer {
  renderPage: (route: PlainRoute, value: string, shell: PageShell, nonce: string) => Promise<CapturedResponse>;
}

// As the page cache's rules write them (lib/public-page-cache/rules.ts). A page's own address takes no query (with
// one, Next answers); the list, the statistics and the API's list are their query, whole (empty without one).
const ROUTES: [PlainRoute, RegExp][] = [
  ['home', /^\/$()/],
  ['example', /^\/examples\/([a-z0-9-]{1,120})$/],
  ['commune', /^\/communes\/([0-9a-z-]{1,20})$/],
  ['examples', /^\/examples(?:\?(.*))?$/],
  ['stats', /^\/stats(?:\?(.*))?$/],
  ['api-examples', /^\/api\/v1\/examples(?:\?(.*))?$/],
];

/** The plain page a URL asks for, if it is one. */
export function plainPageOf(url: string): { route: PlainRoute; value: string } | null {
  for (const [route, pattern] of ROUTES) {
    const match = pattern.exec(url);
    if (match) return { route, value: match[1] ?? '' };
  }
  return null;
}

/**
 * Next's redirect (a moved slug) and not-found, and a search refused because too many wait (SearchBusyError, by
 * name: the renderer is a bundle of its own): answered by Next, as always; not errors.
 */
function isNextAnswer(error: unknown): boolean {
  const { digest, name } = (error ?? {}) as { digest?: unknown; name?: unknown };
  return name === 'SearchBusyError' || (typeof digest === 'string' && /^NEXT_(REDIRECT|HTTP_ERROR_FALLBACK|NOT_FOUND)/.test(digest));
}

const NO_SHELL: PageShell = { stylesheets: [], icon: null };

export interface PlainFillOptions {
  /** Loads the renderer; a failure leaves every page to Next. */
  load: () => Promise<PlainRenderer>;
  /** The page cache's request to Next (scripts/server.ts). */
  next: (url: string, visitor: IncomingMessage) => Promise<CapturedResponse>;
  onError: (error: unknown) => void;
}

/**
 * The page cache's fill: an uncached public page of PlainRoute is rendered without Next once the shell is known (the
 * stylesheet and icon links of this build, read from the first page Next rendered for the cache in this
 * process); everything else, and whatever the plain render cannot answer, goes to Next.
 */
export function createPlainFill(options: PlainFillOptions) {
  let shell: PageShell | null = null;
  let renderer: Promise<PlainRenderer | null> | null = null;
  const loadOnce = () =>
    (renderer ??= options.load().catch((error: unknown) => {
      options.onError(error);
      return null;
    }));

  return async (url: string, visitor: IncomingMessage): Promise<CapturedResponse> => {
    const wanted = plainPageOf(url);
    const wasKnown = shell !== null;
    const pageShell = shell ?? (wanted && WITHOUT_SHELL.has(wanted.route) ? NO_SHELL : null);
    if (wanted && pageShell) {
      const plain = await loadOnce();
      if (plain) {
        try {
          return await plain.renderPage(wanted.route, wanted.value, pageShell, newNonce());
        } catch (error) {
          if (!isNextAnswer(error)) options.onError(error);
        }
      }
    }
    const response = await options.next(url, visitor);
    // Every page links the one stylesheet of the root layout (app/globals.css): any page of the site teaches it.
    if (!shell && response.status === 200 && (response.headers.get('content-type') ?? '').startsWith('text/html')) {
      shell = readShell(response.body.toString('utf8'));
      if (shell) void loadOnce();
    }
    // Asked of Next only because the shell was not known yet: the next visitor gets the plain page.
    return wanted && !wasKnown && !WITHOUT_SHELL.has(wanted.route) ? { ...response, keep: false } : response;
  };
}
