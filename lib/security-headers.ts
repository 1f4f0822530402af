/** Sent with every answer (next.config.ts), and with the pages rendered without Next (lib/plain-pages). */
export const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];
// Every page but the embeddable lists (/embed/…), whose CSP frame-ancestors names who may frame them
// (proxy.ts): X-Frame-Options cannot name several origins, and a DENY beside them would contradict it.
export const NO_FRAMING_HEADERS = [{ key: 'X-Frame-Options', value: 'DENY' }];
