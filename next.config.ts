import type { NextConfig } from 'next';

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

const nextConfig: NextConfig = {
  // PGlite ships WASM and extension bundles that break when bundled (STACK.md).
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'sharp', 'exceljs'],
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with status 403 for signed-in users who may not see a page.
  // Scans of commendation decisions (PDF ≤ 20 MB) arrive through a server action.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '21mb' } },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
