import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from '@/lib/csp';

// Signed-in areas. The proxy only sends visitors without a session cookie to the login page;
// every page and action there checks the session and the permission itself.
const SIGNED_IN_PREFIXES = ['/account', '/admin', '/nominations', '/review'];
const SESSION_COOKIES = ['gs_session', '__Host-gs_session'];

function isSignedInArea(pathname: string): boolean {
  return SIGNED_IN_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
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
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
};
