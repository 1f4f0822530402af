import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The variable through which Next's own standalone server (`.next/standalone/server.js`) hands over its config. */
export const BUILT_CONFIG_VARIABLE = '__NEXT_PRIVATE_STANDALONE_CONFIG';

/**
 * `next({ dev: false })` would read next.config.ts again, and to read TypeScript it loads Next's SWC
 * compiler: 26 MB of native code mapped, and its allocations, in every worker for the whole life of the
 * process (about 40 MB of RSS each; docs/performance.md, "Targets missed"). The build has already written the resolved
 * config into `.next/required-server-files.json`; this hands it to Next as its standalone server does.
 * Without a build there (a development checkout), Next reads next.config.ts as before.
 */
export function adoptBuiltNextConfig(dir: string, env: Record<string, string | undefined> = process.env): boolean {
  if (env[BUILT_CONFIG_VARIABLE]) return true;
  let config: unknown;
  try {
    config = (JSON.parse(readFileSync(join(dir, '.next', 'required-server-files.json'), 'utf8')) as { config?: unknown }).config;
  } catch {
    return false;
  }
  if (!config || typeof config !== 'object') return false;
  env[BUILT_CONFIG_VARIABLE] = JSON.stringify(config);
  return true;
}
