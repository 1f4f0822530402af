import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Which test files can reach a database, found by reading their imports, so the PostgreSQL run (vitest
 * --project database) skips the pure ones without a hand-kept list. A file reaches a database when its
 * static or dynamic imports, followed through the repository, arrive at db/client.ts (the one module that
 * opens PGlite or PostgreSQL), or at the `postgres` / PGlite packages themselves, or when it names a
 * script under scripts/ that does (a test that spawns `scripts/x.ts` runs that script's imports).
 * Type-only imports are erased by the compiler and are not followed.
 *
 * The reading is textual, so an import written inside a string counts too (tests/lib/database-tests.test.ts
 * lands in the database project that way): a file wrongly called "database" only runs once more.
 * The other side is guarded: the pure project runs with db/client.ts replaced by a module that throws
 * (tests/support/no-database.ts), so a path this reading missed fails the PGlite run instead of silently
 * skipping PostgreSQL.
 */
const DATABASE_MODULE = 'db/client.ts';
const DATABASE_PACKAGES = new Set(['postgres', '@electric-sql/pglite']);
const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.mjs', '.js', '/index.ts', '/index.tsx'];

// `import x from '…'`, `export … from '…'`, `import '…'`, `import('…')`; group 1 is the clause, 2 the specifier.
const IMPORT = /\b(?:import|export)\s*(type\s[^'"]*?|\{[^'"]*?\}\s*|[^'"(]*?)\s*from\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g;
const SCRIPT = /['"`](?:\.\/)?(scripts\/[\w./-]+\.(?:ts|mjs))['"`]/g;

function isTypeOnly(clause: string | undefined): boolean {
  if (!clause) return false;
  const trimmed = clause.trim();
  if (trimmed.startsWith('type ')) return true;
  const named = /^\{([^}]*)\}$/.exec(trimmed);
  if (!named) return false;
  const parts = named[1]!
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length > 0 && parts.every((p) => p.startsWith('type '));
}

function resolveSpecifier(root: string, from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith('.')) base = path.resolve(path.dirname(from), specifier);
  else return null;
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** The repository files `file` imports (type-only imports left out) or spawns, and whether it imports a database package. */
function readEdges(root: string, file: string): { next: string[]; usesPackage: boolean } {
  const source = readFileSync(file, 'utf8');
  const next: string[] = [];
  let usesPackage = false;
  for (const match of source.matchAll(IMPORT)) {
    const specifier = match[2] ?? match[3]!;
    if (match[2] && isTypeOnly(match[1])) continue;
    if (DATABASE_PACKAGES.has(specifier)) usesPackage = true;
    const resolved = resolveSpecifier(root, file, specifier);
    if (resolved) next.push(resolved);
  }
  for (const match of source.matchAll(SCRIPT)) {
    const script = path.join(root, match[1]!);
    if (existsSync(script)) next.push(script);
  }
  return { next, usesPackage };
}

/** Answers, for a file under root, whether its imports reach a database; each file is read once. */
export function createDatabaseReach(root: string) {
  const edges = new Map<string, string[]>();
  const reaching = new Set<string>([path.join(root, DATABASE_MODULE)]);
  const reverse = new Map<string, string[]>();

  // Reading a new file: remember its edges; if it or anything it imports already reaches a database,
  // mark it and everything known to import it.
  function mark(file: string) {
    const queue = [file];
    while (queue.length > 0) {
      const current = queue.pop()!;
      for (const parent of reverse.get(current) ?? []) {
        if (!reaching.has(parent)) {
          reaching.add(parent);
          queue.push(parent);
        }
      }
    }
  }

  function visit(start: string) {
    const stack = [start];
    while (stack.length > 0) {
      const file = stack.pop()!;
      if (edges.has(file)) continue;
      const { next, usesPackage } = readEdges(root, file);
      edges.set(file, next);
      for (const child of next) reverse.set(child, [...(reverse.get(child) ?? []), file]);
      if (reaching.has(file) || usesPackage || next.some((child) => reaching.has(child))) {
        reaching.add(file);
        mark(file);
      }
      for (const child of next) if (!edges.has(child)) stack.push(child);
    }
  }

  return (file: string) => {
    const full = path.resolve(root, file);
    visit(full);
    return reaching.has(full);
  };
}

function listTestFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listTestFiles(full);
    return entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Test files under tests/, relative to root, split by whether they can reach a database. */
export function splitTestFiles(root: string): { database: string[]; pure: string[] } {
  const reach = createDatabaseReach(root);
  const database: string[] = [];
  const pure: string[] = [];
  for (const file of listTestFiles(path.join(root, 'tests')).sort()) {
    (reach(file) ? database : pure).push(path.relative(root, file));
  }
  return { database, pure };
}
