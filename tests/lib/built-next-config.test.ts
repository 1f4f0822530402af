import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adoptBuiltNextConfig, BUILT_CONFIG_VARIABLE } from '@/lib/net/built-next-config';

const BUILT = { distDir: '.next', poweredByHeader: false, env: { GS_MARK: 'from the build' } };

describe("the server hands Next the build's config (adoptBuiltNextConfig)", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gs-next-config-'));
    mkdirSync(join(dir, '.next'));
    // Read without the built config, this would need SWC (TypeScript) and then stop the server.
    writeFileSync(
      join(dir, 'next.config.ts'),
      "const config: { env: Record<string, string> } = { env: {} };\nthrow new Error('next.config.ts was read');\nexport default config;\n",
    );
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const writeBuilt = (text: string) => writeFileSync(join(dir, '.next', 'required-server-files.json'), text);

  it('passes the resolved config the build wrote, and keeps one already given', () => {
    writeBuilt(JSON.stringify({ version: 1, config: BUILT, files: [] }));
    const env: Record<string, string | undefined> = {};
    expect(adoptBuiltNextConfig(dir, env)).toBe(true);
    expect(JSON.parse(env[BUILT_CONFIG_VARIABLE]!)).toEqual(BUILT);

    const given = { [BUILT_CONFIG_VARIABLE]: '{"distDir":"elsewhere"}' };
    expect(adoptBuiltNextConfig(dir, given)).toBe(true);
    expect(given[BUILT_CONFIG_VARIABLE]).toBe('{"distDir":"elsewhere"}');
  });

  it('leaves Next to read next.config.ts when there is no build, or no config in it', () => {
    for (const text of [null, '{ not json', '{"version":1}', '{"config":"x"}']) {
      if (text !== null) writeBuilt(text);
      const env: Record<string, string | undefined> = {};
      expect(adoptBuiltNextConfig(dir, env)).toBe(false);
      expect(env).toEqual({});
    }
  });

  // In a fresh process, as a worker starts: Next's own loader, from node_modules, with and without it.
  function loadInChild(env: Record<string, string | undefined>) {
    const require = createRequire(import.meta.url);
    const script = `
      const { default: loadConfig } = require(${JSON.stringify(require.resolve('next/dist/server/config'))});
      const { PHASE_PRODUCTION_SERVER } = require(${JSON.stringify(require.resolve('next/dist/shared/lib/constants'))});
      loadConfig(PHASE_PRODUCTION_SERVER, ${JSON.stringify(dir)}).then(
        (config) => report({ mark: config.env?.GS_MARK ?? null }),
        (error) => report({ error: String(error && error.message) }),
      );
      function report(result) {
        const swc = process.report.getReport().sharedObjects.some((file) => file.includes('next-swc'));
        process.stdout.write(JSON.stringify({ ...result, swc }));
      }`;
    const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
    delete childEnv[BUILT_CONFIG_VARIABLE];
    Object.assign(childEnv, env);
    return JSON.parse(execFileSync(process.execPath, ['-e', script], { env: childEnv, cwd: dir, encoding: 'utf8' })) as {
      mark?: string | null;
      error?: string;
      swc: boolean;
    };
  }

  it('Next then neither reads next.config.ts nor loads its compiler', () => {
    writeBuilt(JSON.stringify({ version: 1, config: BUILT, files: [] }));
    const env: Record<string, string | undefined> = {};
    adoptBuiltNextConfig(dir, env);
    expect(loadInChild(env)).toEqual({ mark: 'from the build', swc: false });
    // The control: without it, the same start reads the file with SWC loaded.
    const without = loadInChild({});
    expect(without.swc).toBe(true);
    expect(without.error).toMatch(/next\.config\.ts was read/);
  }, 30_000);
});
