import type { IncomingMessage, ServerResponse } from 'node:http';
import { CLIENT_ADDRESS_HEADER } from '../net/forwarding';
import type { ViewCounter } from './view-counter';
import { viewedExampleSlug } from './view-rules';

// No `server-only` here: scripts/server.ts calls this for every request, before the page cache.

/**
 * Watches each request on its way in and counts it once its answer has gone out with status 200, whether
 * the page cache or Next answered: a page from the cache is a view like any other. The cache's own
 * requests to Next (carrying the fill secret) are not visits. Call after the request guard, which sets the
 * client address.
 */
export function createViewWatcher({ counter, fillHeader, fillSecret }: { counter: ViewCounter; fillHeader: string; fillSecret: string }) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    if (fillSecret && req.headers[fillHeader] === fillSecret) return;
    const slug = viewedExampleSlug({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    if (!slug) return;
    const address = String(req.headers[CLIENT_ADDRESS_HEADER] ?? '') || null;
    const userAgent = String(req.headers['user-agent'] ?? '');
    res.once('finish', () => {
      if (res.statusCode === 200) counter.record({ slug, address, userAgent });
    });
  };
}
