/**
 * The Content-Security-Policy for a page: scripts only from this site and only with this response's
 * nonce, so injected inline script never runs. Styles allow inline because React sets style attributes.
 * No page may be framed, except the embeddable lists, which pass the origins allowed to frame them.
 */
export function contentSecurityPolicy(nonce: string, { dev = false, https = false, frameAncestors = "'none'" } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}
