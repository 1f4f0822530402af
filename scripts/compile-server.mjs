// `npm run build`'s second half: compiles the server's entry points to plain JavaScript in dist/, so that
// production runs `node`, without the TypeScript loader (tsx) and its memory. Packages stay in
// node_modules (external); only the project's own code is bundled.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, relative, sep } from 'node:path';
import { build } from 'esbuild';

const common = {
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
};

await build({ ...common, entryPoints: { serve: 'scripts/serve.ts', server: 'scripts/server.ts', prepare: 'scripts/prepare.ts' } });

const SERVER_REFERENCE = new URL('../lib/plain-pages/server-reference.ts', import.meta.url).pathname;
const ACTION_IDS = new URL('../lib/plain-pages/action-ids.ts', import.meta.url).pathname;

/**
 * Pages rendered without Next (scripts/plain-pages.tsx) import the same client components as Next's pages. What
 * Next's compiler does for them, done here: a `'use server'` module becomes references that name the
 * action's id in this build, so its code never runs outside Next; `server-only` is satisfied (this is the
 * server); stylesheets are linked, not imported.
 */
const asOutsideNext = {
  name: 'as-outside-next',
  setup(context) {
    context.onResolve({ filter: /^server-only$/ }, () => ({ path: 'server-only', namespace: 'empty' }));
    context.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: '', loader: 'js' }));
    // Next's modules are CommonJS without an exports map: loaded with require, their names re-exported.
    context.onResolve({ filter: /^next\/[a-z-]+$/ }, (args) => ({ path: args.path, namespace: 'next-commonjs' }));
    context.onLoad({ filter: /.*/, namespace: 'next-commonjs' }, (args) => {
      const names = Object.keys(createRequire(import.meta.url)(args.path)).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
      return {
        contents: [
          `import { createRequire } from 'node:module';`,
          `const loaded = createRequire(import.meta.url)(${JSON.stringify(args.path)});`,
          `export default loaded.__esModule ? loaded.default : loaded;`,
          ...names.map((name) => `export const ${name} = loaded[${JSON.stringify(name)}];`),
        ].join('\n'),
        loader: 'js',
      };
    });
    context.onLoad({ filter: /\.tsx?$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!/^\s*['"]use server['"]/.test(source)) return undefined;
      const file = relative(process.cwd(), args.path).split(sep).join('/');
      const names = [...source.matchAll(/^export async function (\w+)/gm)].map((match) => match[1]);
      if (/^export (?!async function )/m.test(source)) throw new Error(`${file}: chỉ hỗ trợ "export async function" trong tệp 'use server'.`);
      const lines = names.map((name) => `export const ${name} = serverReference(() => actionId(${JSON.stringify(file)}, ${JSON.stringify(name)}));`);
      return {
        contents: [
          `import { serverReference } from ${JSON.stringify(SERVER_REFERENCE)};`,
          `import { actionId } from ${JSON.stringify(ACTION_IDS)};`,
          ...lines,
        ].join('\n'),
        loader: 'ts',
        resolveDir: dirname(args.path),
      };
    });
  },
};

// The islands script of the pages rendered without Next, served by Next with its own static files (immutable,
// named by content); the plain renderer learns its address at compile time. The islands only mount small
// components that use hooks, so they run on Preact's React-compatible layer: React DOM was 209 KB of a 231 KB
// script, one long task on a slow phone (docs/render-profile.md, "Islands").
const islands = await build({
  entryPoints: { islands: 'scripts/islands.tsx' },
  outdir: '.next/static/gs',
  entryNames: '[name]-[hash]',
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2020',
  minify: true,
  jsx: 'automatic',
  jsxImportSource: 'preact',
  alias: { react: 'preact/compat', 'react-dom/client': 'preact/compat/client', 'react-dom': 'preact/compat' },
  tsconfig: 'tsconfig.json',
  metafile: true,
  logLevel: 'warning',
  // Next's compiler reads these directives; bundled for the browser, every module is client code already.
  logOverride: { 'module-level-directive': 'silent' },
  define: { 'process.env.NODE_ENV': '"production"' },
});
const islandsFile = Object.keys(islands.metafile.outputs).find((file) => file.endsWith('.js'));
const islandsScript = `/_next/static/gs/${islandsFile.split('/').pop()}`;

await build({
  ...common,
  entryPoints: { 'plain-pages': 'scripts/plain-pages.tsx' },
  jsx: 'automatic',
  loader: { '.css': 'empty' },
  plugins: [asOutsideNext],
  // React's production build, whatever NODE_ENV the build ran with.
  define: { 'process.env.NODE_ENV': '"production"', 'process.env.GS_ISLANDS_SCRIPT': JSON.stringify(islandsScript) },
});
console.log(`✓ Đã biên dịch máy chủ vào dist/ (serve.mjs, server.mjs, prepare.mjs, plain-pages.mjs) và tệp script ${islandsScript}.`);
