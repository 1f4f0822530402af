import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { splitTestFiles } from '../support/database-tests';

// A small repository of its own: which of its test files may reach the database, as vitest.config.mts asks.
const root = mkdtempSync(join(tmpdir(), 'guongsang-split-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

describe('the split of test files by whether they can reach a database', () => {
  it('follows value imports, re-exports, dynamic imports and spawned scripts to db/client.ts, and not type-only imports', () => {
    write('db/client.ts', "import postgres from 'postgres';\nexport const open = () => postgres();\n");
    write('db/queries/a.ts', "import { open } from '../client';\nexport const a = open;\n");
    write('db/queries/index.ts', "export { a } from './a';\n");
    write('lib/pure.ts', "import type { open } from '@/db/client';\nexport type Opener = typeof open;\nexport const one = 1;\n");
    write('lib/cycle-a.ts', "import { b } from './cycle-b';\nexport const a = b;\n");
    write('lib/cycle-b.ts', "import { a } from './cycle-a';\nimport { a as q } from '@/db/queries';\nexport const b = [a, q];\n");
    write('scripts/check.ts', "import '@/db/queries/a';\n");
    write('tests/pure.test.ts', "import { one } from '@/lib/pure';\nimport { type Opener } from '@/lib/pure';\n");
    write('tests/named-types.test.ts', "import { type a, type b } from '../lib/cycle-b';\n");
    write('tests/direct.test.ts', "import {\n  open,\n} from '../db/client';\n");
    write('tests/deep/cycle.test.ts', "import { a } from '@/lib/cycle-a';\n");
    write('tests/dynamic.test.ts', "const q = await import('@/db/queries');\n");
    write('tests/spawn.test.ts', "spawn(process.execPath, ['--import', 'tsx', 'scripts/check.ts']);\n");
    write('tests/package.test.ts', "import { PGlite } from '@electric-sql/pglite';\n");
    expect(splitTestFiles(root)).toEqual({
      database: ['tests/deep/cycle.test.ts', 'tests/direct.test.ts', 'tests/dynamic.test.ts', 'tests/package.test.ts', 'tests/spawn.test.ts'],
      pure: ['tests/named-types.test.ts', 'tests/pure.test.ts'],
    });
  });
});
