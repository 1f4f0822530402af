import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { normalizeAddress } from '../net/addresses';
import { getMetrics } from './metrics';

export const METRICS_PATH = '/metrics';

/** Headers a reverse proxy adds: a request that carries one came through it, so from anywhere. */
const PROXY_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip'];

function fromLoopback(req: IncomingMessage): boolean {
  // The socket's own address: headers are the client's to write.
  const peer = normalizeAddress(req.socket.remoteAddress);
  if (peer === null || !(peer === '::1' || /^127\./.test(peer))) return false;
  return PROXY_HEADERS.every((name) => req.headers[name] === undefined);
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function bearerMatches(req: IncomingMessage, token: string | undefined): boolean {
  if (!token) return false;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  // Equal-length digests, compared in constant time: neither the length nor a prefix of the token leaks.
  return match ? timingSafeEqual(digest(match[1]!), digest(token)) : false;
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end('Không tìm thấy trang.');
}

/**
 * Answers GET /metrics (Prometheus text format) to a request from this machine's loopback that no proxy
 * passed on, or to one with `Authorization: Bearer <METRICS_TOKEN>`; to anyone else it is a 404. Returns
 * whether it answered; any other path is left to the caller.
 */
export function createMetricsEndpoint({ token }: { token?: string }) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = req.url ?? '';
    if (url !== METRICS_PATH && !url.startsWith(`${METRICS_PATH}?`)) return false;
    const method = req.method ?? 'GET';
    if ((method !== 'GET' && method !== 'HEAD') || !(fromLoopback(req) || bearerMatches(req, token))) {
      notFound(res);
      return true;
    }
    const { registry } = getMetrics();
    registry.metrics().then(
      (body) => {
        res.writeHead(200, { 'Content-Type': registry.contentType, 'Cache-Control': 'no-store' });
        res.end(method === 'HEAD' ? undefined : body);
      },
      () => {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
        res.end('Không đọc được số liệu.');
      },
    );
    return true;
  };
}
