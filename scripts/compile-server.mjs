// `npm run build`'s second half: compiles the server's entry points to plain JavaScript in dist/, so that
// production runs `node`, without the TypeScript loader (tsx) and its memory. Packages stay in
// node_modules (external); only the project's own code is bundled.
import { build } from 'esbuild';

await build({
  entryPoints: { serve: 'scripts/serve.ts', server: 'scripts/server.ts', prepare: 'scripts/prepare.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  tsconfig: 'tsconfig.json',
  sourcemap: 'linked',
  logLevel: 'warning',
});
console.log('✓ Đã biên dịch máy chủ vào dist/ (serve.mjs, server.mjs, prepare.mjs).');
