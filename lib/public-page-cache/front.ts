import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { MemoCache } from '../cache/memo-cache';
import { withDataVersion } from '../cache/request-version';
import { capturePage, newNonce, renderPage, type CachedPage, type CapturedResponse } from './page';
import { acceptsGzip, pageCacheKey } from './rules';

const gzipAsync = promisify(gzip);

/** Marks the cache's own request to Next for a page, so that it is rendered and not looked up again. */
export const FILL_HEADER = 'x-gs-page-fill';
export const CACHE_STATUS_HEADER = 'x-gs-cache';

export interface PageCacheFrontOptions {
  /** Next's request handler. */
  next: (req: IncomingMessage, res: ServerResponse) => unknown;
  /**
   * Asks Next for a page (with FILL_HEADER set to `fillSecret`), e.g. over loopback HTTP, on behalf of
   * `visitor` (whose address it passes on, so that Next sees who asked).
   */
  fill: (url: string, visitor: IncomingMessage) => Promise<CapturedResponse>;
  /**
   * The public data version (migration 0007's triggers move it on every public change): part of every
   * key, so a change made anywhere shows on the next request. Null while the database is not open yet.
   */
  readVersion: () => Promise<number | null>;
  cache: MemoCache;
  fillSecret: string;
  onError?: (error: unknown) => void;
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml|rss\+xml|atom\+xml|javascript))/i;

function headerValue(headers: [string, string][], name: string): string {
  return headers.find(([key]) => key.toLowerCase() === name)?.[1] ?? '';
}

/**
 * Shares one version lookup between the requests that arrive in the same turn of the event loop. The
 * lookup is sent after all of them arrived, so none of them can get a version older than its own arrival:
 * a change committed before a request came in is always seen by it.
 */
export function coalesceAfterArrival<T>(read: () => Promise<T>): () => Promise<T> {
  let queued: Promise<T> | null = null;
  return () => {
    queued ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      queued = null;
      return read();
    });
    return queued;
  };
}

/**
 * A request listener that answers anonymous GETs of public pages from an in-process cache and hands
 * everything else to Next. Rendering a page costs 10–20 ms of CPU; a cached answer costs a version lookup.
 */
export function createPageCacheFront(options: PageCacheFrontOptions) {
  const readVersion = coalesceAfterArrival(options.readVersion);

  async function serve(req: IncomingMessage, res: ServerResponse, key: string): Promise<void> {
    const version = await readVersion();
    if (version === null) {
      options.next(req, res);
      return;
    }
    const cacheKey = `${version}|${key}`;
    let status = 'hit';
    const page: CachedPage = await options.cache.get(cacheKey, async () => {
      status = 'miss';
      // A page rendered in this process reads its data under the version its key holds, without asking again.
      return capturePage(await withDataVersion(version, () => options.fill(key, req)));
    });
    if (!page.cacheable) options.cache.delete(cacheKey);

    const rendered = renderPage(page, newNonce());
    const headers = rendered.headers;
    let body = rendered.body;
    const type = headerValue(headers, 'content-type');
    if (acceptsGzip(req.headers) && body.length > 1024 && COMPRESSIBLE.test(type)) {
      body = await gzipAsync(body);
      headers.push(['Content-Encoding', 'gzip']);
    }
    if (!/accept-encoding/i.test(headerValue(headers, 'vary'))) headers.push(['Vary', 'Accept-Encoding']);
    headers.push(['Content-Length', String(body.length)], [CACHE_STATUS_HEADER, status]);
    // Appended one by one: headers set before (the request id) stay, repeated names all go out, and
    // the request log can read the cache status back.
    for (const [name, value] of headers) res.appendHeader(name, value);
    res.writeHead(rendered.status);
    res.end(body);
  }

  return (req: IncomingMessage, res: ServerResponse): void => {
    const key = req.headers[FILL_HEADER] === options.fillSecret ? null : pageCacheKey({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    if (key === null) {
      options.next(req, res);
      return;
    }
    serve(req, res, key).catch((error) => {
      options.onError?.(error);
      // Whatever failed (the database, the loopback request), the visitor still gets the page from Next.
      if (!res.headersSent) options.next(req, res);
      else res.destroy();
    });
  };
}
