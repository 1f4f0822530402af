import type { IncomingMessage, ServerResponse } from 'node:http';
import { CACHE_STATUS_HEADER } from '../public-page-cache/front';
import type { Logger } from './logger';
import { countPageCache, observeRequest } from './metrics';
import { routeGroup } from './route-group';
import { REQUEST_ID_HEADER, requestIdFor } from './request-id';

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

export interface RequestLogOptions {
  logger: Logger;
  /** The server's own requests (the page cache filling itself): logged at debug, not measured. */
  internal?: (req: IncomingMessage) => boolean;
}

/**
 * Gives each request an id (the caller's X-Request-Id when it is a short safe token), sets it on the request
 * for the app and on the response, and when the response ends logs one line and measures it. The line holds
 * the method, route group, status, duration, cache result and id: never the path, query, cookies or headers.
 */
export function createRequestLog({ logger, internal }: RequestLogOptions) {
  return (req: IncomingMessage, res: ServerResponse): string => {
    const started = process.hrtime.bigint();
    const id = requestIdFor(req.headers[REQUEST_ID_HEADER]);
    req.headers[REQUEST_ID_HEADER] = id;
    res.setHeader('X-Request-Id', id);
    const own = internal?.(req) ?? false;
    const route = routeGroup(req.url ?? '/');
    const method = METHODS.has(req.method ?? '') ? req.method! : 'OTHER';
    res.once('close', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const header = res.getHeader(CACHE_STATUS_HEADER);
      const cache = header === 'hit' || header === 'miss' ? header : null;
      if (!own) {
        observeRequest(route, res.statusCode, ms / 1000);
        if (cache) countPageCache(cache);
      }
      const line = {
        reqId: id,
        method,
        route,
        status: res.statusCode,
        ms: Math.round(ms * 10) / 10,
        cache,
        ...(res.writableFinished ? {} : { aborted: true }),
      };
      if (own) logger.debug({ ...line, internal: true }, 'request');
      else logger.info(line, 'request');
    });
    return id;
  };
}
