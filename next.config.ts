import type { NextConfig } from 'next';
import { SMALL_BODY_LIMIT } from './lib/http-limits';
import { NO_FRAMING_HEADERS, SECURITY_HEADERS } from './lib/security-headers';

const nextConfig: NextConfig = {
  // PGlite ships WASM and extension bundles that break when bundled (STACK.md). pdfkit reads its own data
  // files (standard font metrics, the sRGB profile) beside its code, and the fact sheet's font is read from
  // its package at run time (lib/pdf/fonts.ts): both stay in node_modules. prom-client too: the app's code and
  // scripts/server.ts count into one registry (lib/ops/metrics.ts), which needs no second bundled copy.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'sharp', 'exceljs', 'pdfkit', '@expo-google-fonts/be-vietnam-pro', 'prom-client'],
  poweredByHeader: false,
  // CI (.ci/run) type-checks the same files first (`tsc --noEmit` reads the same tsconfig.json as the build's
  // check, which adds only Next's own generated route types): there the build need not check them again.
  typescript: { ignoreBuildErrors: process.env.GS_BUILD_TYPES_CHECKED === '1' },
  // forbidden() renders app/forbidden.tsx with status 403 for signed-in users who may not see a page.
  // Files (photos, PDFs ≤ 20 MB, commendation scans) arrive through route handlers the proxy leaves out
  // (lib/http-limits.ts), so actions and the proxy's copy of a body can stay small.
  experimental: {
    authInterrupts: true,
    serverActions: { bodySizeLimit: SMALL_BODY_LIMIT },
    proxyClientMaxBodySize: SMALL_BODY_LIMIT,
  },
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      { source: '/', headers: NO_FRAMING_HEADERS },
      { source: '/:path((?!embed/).*)', headers: NO_FRAMING_HEADERS },
    ];
  },
};

export default nextConfig;
