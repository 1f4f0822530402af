import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Longer addresses are refused. Node itself stops at 16 KB for the request line and headers together; a
 * long search (`?q=` of 10 000 characters, cut to 200 by the routes) still gets its answer.
 */
export const MAX_TARGET_LENGTH = 12 * 1024;
/** No route lives here: Next answers it with the site's Vietnamese "not found" page. */
export const MALFORMED_TARGET_PATH = '/dia-chi-khong-hop-le';

const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * Whether Next can route this request target. A path whose percent-escapes do not decode to UTF-8
 * ("/examples/%E0%A4%A", "%ZZ", a lone "%") makes Next fail with a 500; control characters have no place
 * in a path either. The query is left to the routes, which read it leniently and refuse bad values.
 */
export function checkRequestTarget(target: string): 'ok' | 'malformed' | 'too_long' {
  if (target.length > MAX_TARGET_LENGTH) return 'too_long';
  if (!target.startsWith('/')) return 'malformed';
  const queryAt = target.indexOf('?');
  const path = queryAt === -1 ? target : target.slice(0, queryAt);
  if (/%(?![0-9a-f]{2})/i.test(path)) return 'malformed';
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return 'malformed';
  }
  return CONTROL.test(decoded) || CONTROL.test(path) ? 'malformed' : 'ok';
}

const API_ERRORS = {
  malformed: { status: 400, code: 'malformed_url', message: 'Địa chỉ yêu cầu không hợp lệ: có ký tự mã hóa sai (dấu % không đúng quy cách).' },
  too_long: { status: 414, code: 'url_too_long', message: `Địa chỉ yêu cầu quá dài (tối đa ${MAX_TARGET_LENGTH} ký tự).` },
} as const;

/**
 * Runs before Next. A malformed target on the API gets a JSON error; on a page it is sent, unchanged in
 * the browser's address bar, to a path Next answers with the Vietnamese 404 page. True when answered here.
 */
export function screenRequestTarget(req: IncomingMessage, res: ServerResponse): boolean {
  const verdict = checkRequestTarget(req.url ?? '/');
  if (verdict === 'ok') return false;
  if ((req.url ?? '').startsWith('/api/')) {
    const { status, code, message } = API_ERRORS[verdict];
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
    res.end(JSON.stringify({ error: { code, message } }));
    return true;
  }
  req.url = MALFORMED_TARGET_PATH;
  return false;
}
