import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from '@/lib/csp';
import { embedFrameAncestors, isEmbedPath } from '@/lib/embeds/origins';
import { SMALL_BODY_BYTES } from '@/lib/http-limits';

// Signed-in areas. The proxy only sends visitors without a session cookie to the login page;
// every page and action there checks the session and the permission itself.
const SIGNED_IN_PREFIXES = ['/account', '/admin', '/nominations', '/review'];
const SESSION_COOKIES = ['gs_session', '__Host-gs_session'];

function isSignedInArea(pathname: string): boolean {
  return SIGNED_IN_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

const TOO_LARGE = 'Nội dung gửi lên quá lớn (tối đa 1 MB). Ảnh và tài liệu được tải lên ở phần “Ảnh và tài liệu” của hồ sơ.';

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // Refused whole rather than cut silently at the proxy's copy limit (the upload routes do not come here).
  if (Number(request.headers.get('content-length') ?? 0) > SMALL_BODY_BYTES) {
    return new NextResponse(TOO_LARGE, { status: 413, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  }
  const privatePage = isSignedInArea(pathname);
  if (privatePage && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const login = new URL('/login', request.url);
    login.searchParams.set('next', `${pathname}${search}`);
    return NextResponse.redirect(login);
  }

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const csp = contentSecurityPolicy(nonce, {
    dev: process.env.NODE_ENV === 'development',
    https: (process.env.SITE_URL ?? '').startsWith('https://'),
    // Only the embeddable lists may sit in a portal's frame (EMBED_ORIGINS); next.config.ts leaves X-Frame-Options off them.
    ...(isEmbedPath(pathname) ? { frameAncestors: embedFrameAncestors(process.env.EMBED_ORIGINS) } : {}),
  });
  const requestHeaders = new Headers(request.headers);
  // Next reads the nonce from the request's policy and stamps it on its own scripts.
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  if (privatePage || pathname === '/login' || pathname.startsWith('/setup/')) response.headers.set('Cache-Control', 'no-store');
  return response;
}

export const config = {
  // Upload routes (lib/http-limits.ts UPLOAD_ROUTES) are left out: the proxy would copy their bodies and cut
  // them at its limit. They check the session and the origin themselves, and answer JSON.
  matcher: [
    {
      source:
        '/((?!_next/static|_next/image|favicon.ico|nominations/[^/]+/attachments$|nominations/[^/]+/update-photos$|nominations/[^/]+/follow-up-photo$|review/[^/]+/commendation$).*)',
    },
  ],
};
