import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Public pages ship JavaScript only where a visitor acts: the forms (which post without it too), the
// type-ahead and the filters (issue 20). A display-only client component added to a public page, its
// layouts or their not-found pages would ship React code and its props twice (HTML and RSC payload);
// this walks our own imports from every public route, stopping at 'use client', and names what it finds.

const ROOT = resolve(__dirname, '../..');

/** Every client module a public page reaches directly (what they import ships with them), and why. */
const ALLOWED: Record<string, string> = {
  'app/(public)/examples/[slug]/rating-form.tsx': 'rating form (stars, confirmation)',
  'app/(public)/examples/[slug]/comment-form.tsx': 'comment form (field errors)',
  'app/(public)/examples/[slug]/replication-request-form.tsx': 'replication request form (field errors, commune type-ahead)',
  'app/(public)/notices/[id]/objection-form.tsx': 'objection form (field errors)',
  'components/examples/auto-submit.tsx': 'filters: apply a choice at once',
  'components/examples/filter-disclosure.tsx': 'filters: fold on phones',
  'components/examples/commune-search.tsx': 'type-ahead: commune finder',
};

const EXTENSIONS = ['.tsx', '.ts', '/index.tsx', '/index.ts'];

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : spec.startsWith('.') ? resolve(dirname(from), spec) : null;
  if (!base) return null; // a package
  if (existsSync(base) && statSync(base).isFile()) return base;
  for (const ext of EXTENSIONS) if (existsSync(base + ext)) return base + ext;
  return null; // CSS, SVG and the like
}

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specs = [...source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'/gm)].map((m) => m[1] ?? m[2]!);
  return specs.map((s) => resolveImport(file, s)).filter((f): f is string => f !== null);
}

const isClient = (file: string) => /^\s*(?:\/\/[^\n]*\n\s*)*['"]use client['"]/.test(readFileSync(file, 'utf8'));

/** The client modules reachable from `entry` through server modules. */
function clientModulesFrom(entry: string): Set<string> {
  const found = new Set<string>();
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (isClient(file)) {
      found.add(relative(ROOT, file));
      return;
    }
    for (const next of importsOf(file)) walk(next);
  };
  walk(entry);
  return found;
}

function publicEntries(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/^(page|layout|not-found|forbidden)\.tsx$/.test(name)) files.push(path);
    }
  };
  walk(join(ROOT, 'app', '(public)'));
  return [...files, join(ROOT, 'app', 'layout.tsx'), join(ROOT, 'app', 'not-found.tsx'), join(ROOT, 'app', 'forbidden.tsx')];
}

describe('client components on public pages', () => {
  it('the walk finds the client forms of an example page', () => {
    const found = clientModulesFrom(join(ROOT, 'app', '(public)', 'examples', '[slug]', 'page.tsx'));
    expect([...found].sort()).toEqual([
      'app/(public)/examples/[slug]/comment-form.tsx',
      'app/(public)/examples/[slug]/rating-form.tsx',
      'app/(public)/examples/[slug]/replication-request-form.tsx',
    ]);
  });

  it('the frame around every public page (layouts, not-found, forbidden) ships no client component of ours', () => {
    const frame = [
      join(ROOT, 'app', 'layout.tsx'),
      join(ROOT, 'app', '(public)', 'layout.tsx'),
      join(ROOT, 'app', 'not-found.tsx'),
      join(ROOT, 'app', 'forbidden.tsx'),
    ];
    for (const entry of frame) expect([...clientModulesFrom(entry)], relative(ROOT, entry)).toEqual([]);
  });

  it('every public page reaches only the interactive client components on the list', () => {
    const unexpected = publicEntries().flatMap((entry) =>
      [...clientModulesFrom(entry)].filter((m) => !(m in ALLOWED)).map((m) => `${relative(ROOT, entry)} → ${m}`),
    );
    expect(unexpected).toEqual([]);
  });

  it('the list names nothing that no public page uses any more', () => {
    const used = new Set(publicEntries().flatMap((entry) => [...clientModulesFrom(entry)]));
    expect(Object.keys(ALLOWED).filter((m) => !used.has(m))).toEqual([]);
  });
});
