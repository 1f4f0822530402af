// npx tsx scripts/bench/profile-summary.ts <file.cpuprofile | directory> [--top 15] [--requests N]
// Where a server's CPU went, from V8 profiles written by `node --cpu-prof` (docs/render-profile.md):
// self and inclusive time per area (React's HTML render, RSC serialisation, Next, postgres.js, our code…)
// and the functions with the most self time. --requests divides the totals to give time per request.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { SourceMap, type SourceMapPayload, type SourceMapping } from 'node:module';
import { join } from 'node:path';
import { readFlag, readIntFlag } from './args';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** A frame placed in its original source through the bundle's source map, when there is one beside it. */
interface Place {
  functionName: string;
  url: string;
  source: string;
  line: number;
}

const maps = new Map<string, SourceMap | null>();

function sourceMapFor(url: string): SourceMap | null {
  if (!maps.has(url)) {
    const file = url.replace(/^file:\/\//, '');
    let map: SourceMap | null = null;
    try {
      if (file.startsWith('/') && existsSync(`${file}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')) as SourceMapPayload);
    } catch {
      map = null;
    }
    maps.set(url, map);
  }
  return maps.get(url)!;
}

function place(frame: CallFrame & { columnNumber: number }): Place {
  const entry = frame.url ? sourceMapFor(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber) : undefined;
  // findEntry answers {} where the map has nothing.
  const mapped = entry && 'originalSource' in entry && entry.originalSource ? (entry as SourceMapping) : null;
  const source = mapped ? mapped.originalSource : frame.url;
  const line = mapped ? mapped.originalLine : frame.lineNumber;
  return { functionName: frame.functionName, url: frame.url, source: source.replace(/^webpack:\/\/next\/\.\//, 'next/').replace(/^(\.\.\/)+/, ''), line };
}

/**
 * Areas, tried in order on the original source of a frame. Next's production runtime bundles React's HTML
 * renderer (Fizz), the RSC serialiser (Flight) and its own app-render in one minified file: its source map
 * tells them apart.
 */
const AREAS: { area: string; test: (p: Place) => boolean }[] = [
  { area: '(idle)', test: (p) => p.functionName === '(idle)' },
  { area: '(garbage collector)', test: (p) => p.functionName === '(garbage collector)' },
  { area: 'RSC serialisation (Flight server)', test: (p) => /react-server-dom-[a-z]+-server\./.test(p.source) },
  { area: 'RSC payload read back for HTML (Flight client)', test: (p) => /react-server-dom-[a-z]+-client\./.test(p.source) },
  { area: 'React HTML render (Fizz)', test: (p) => /react-dom\/cjs\/react-dom-server/.test(p.source) },
  { area: 'React (elements, hooks)', test: (p) => /\/react\/cjs\/|react-dom\/cjs/.test(p.source) },
  { area: 'DB: postgres.js', test: (p) => /node_modules\/postgres\//.test(p.source) },
  // Turbopack maps drizzle's own TypeScript sources to node_modules/src/….
  { area: 'DB: drizzle', test: (p) => /drizzle-orm|node_modules\/src\//.test(p.source) },
  { area: 'Next: app-render, routing, metadata', test: (p) => /^next\/|node_modules\/next\//.test(p.source) },
  { area: 'Our code: db/', test: (p) => /^db\//.test(p.source) },
  { area: 'Our code: app/, components/, lib/', test: (p) => /^(app|components|lib)\//.test(p.source) },
  { area: 'Our server (dist/server.mjs)', test: (p) => /\/dist\/server\.mjs/.test(p.source) },
  { area: 'other bundled modules', test: (p) => /\.next\/server|node_modules/.test(p.source) },
  { area: 'Node (streams, zlib, net, module loading)', test: (p) => p.source.startsWith('node:') || p.source === '' },
  { area: 'other', test: () => true },
];

/** Areas that run everybody's work (Node's streams and sockets, the bundler's module loader): not counted inclusively. */
const PASS_THROUGH = new Set(['Node (streams, zlib, net, module loading)', 'other']);

const areas = new Map<string, { place: Place; area: string }>();

function classify(frame: CallFrame & { columnNumber: number }): { place: Place; area: string } {
  const key = `${frame.functionName}|${frame.url}|${frame.lineNumber}|${frame.columnNumber}`;
  let hit = areas.get(key);
  if (!hit) {
    const p = place(frame);
    hit = { place: p, area: AREAS.find((a) => a.test(p))!.area };
    areas.set(key, hit);
  }
  return hit;
}

function readProfiles(target: string): CpuProfile[] {
  const files = statSync(target).isDirectory()
    ? readdirSync(target)
        .filter((f) => f.endsWith('.cpuprofile'))
        .map((f) => join(target, f))
    : [target];
  if (files.length === 0) throw new Error(`Không có tệp .cpuprofile nào trong ${target}.`);
  return files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as CpuProfile);
}

function summarise(profiles: CpuProfile[]) {
  const self = new Map<string, number>();
  // Node's own frames (socket writes, streams, microtasks) charged to the nearest caller of ours or of a library.
  const charged = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const functions = new Map<string, { area: string; ms: number }>();
  let total = 0;
  let busy = 0;
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    for (let i = 0; i < profile.samples.length; i++) {
      // timeDeltas[i] is the time before sample i: attribute it to the next sample's stack, as DevTools does.
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const leaf = byId.get(profile.samples[i]!)!;
      const { place: leafPlace, area: leafArea } = classify(leaf.callFrame);
      total += ms;
      if (leafArea !== '(idle)') busy += ms;
      self.set(leafArea, (self.get(leafArea) ?? 0) + ms);
      const name = `${leaf.callFrame.functionName || '(anonymous)'} ${shortUrl(leafPlace.source)}:${leafPlace.line + 1}`;
      const fn = functions.get(name) ?? { area: leafArea, ms: 0 };
      fn.ms += ms;
      functions.set(name, fn);
      const seen = new Set<string>();
      let payer: string | null = PASS_THROUGH.has(leafArea) ? null : leafArea;
      for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
        const node = byId.get(id)!;
        if (node.callFrame.functionName === '(root)') continue;
        const area = classify(node.callFrame).area;
        if (PASS_THROUGH.has(area)) continue;
        seen.add(area);
        payer ??= area;
      }
      payer ??= leafArea;
      charged.set(payer, (charged.get(payer) ?? 0) + ms);
      for (const area of seen) inclusive.set(area, (inclusive.get(area) ?? 0) + ms);
    }
  }
  return { self, charged, inclusive, functions, total, busy };
}

function shortUrl(url: string): string {
  return url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/node_modules\//, '')
    .replace(/^.*\/\.next\//, '.next/')
    .replace(/^.*\/dist\//, 'dist/');
}

function main(): void {
  const argv = process.argv.slice(2);
  const target = argv.find((a) => !a.startsWith('--'));
  if (!target) throw new Error('Cách dùng: profile-summary <tệp.cpuprofile | thư mục> [--top 15] [--requests N]');
  const top = readIntFlag(argv, 'top', 15, 1, 200);
  const requestsFlag = readFlag(argv, 'requests');
  const requests = typeof requestsFlag === 'string' ? readIntFlag(argv, 'requests', 1, 1, 10_000_000) : 0;
  const { self, charged, inclusive, functions, total, busy } = summarise(readProfiles(target));
  const per = (ms: number) => (requests ? `${(ms / requests).toFixed(2).padStart(7)} ms/req` : '');
  const pct = (ms: number) => `${((100 * ms) / busy).toFixed(1).padStart(5)} %`;
  console.log(`Profiled ${(total / 1000).toFixed(1)} s, busy (not idle) ${(busy / 1000).toFixed(1)} s${requests ? `, ${requests} requests` : ''}\n`);
  const columns = (label: string) => (requests ? label.padEnd(22) : label.padEnd(8));
  console.log(`${'Area'.padEnd(48)} ${columns('self')} ${columns('self + Node calls')} inclusive`);
  for (const { area } of AREAS) {
    if (area === '(idle)') continue;
    const s = self.get(area) ?? 0;
    const c = charged.get(area) ?? 0;
    const inc = PASS_THROUGH.has(area) ? null : (inclusive.get(area) ?? 0);
    if (s === 0 && c === 0 && !inc) continue;
    console.log(`${area.padEnd(48)} ${pct(s)} ${per(s)}  ${pct(c)} ${per(c)}  ${inc === null ? '' : `${pct(inc)} ${per(inc)}`}`);
  }
  console.log(`\nTop ${top} functions by self time (share of busy time)`);
  const rows = [...functions.entries()].filter(([, f]) => f.area !== '(idle)').sort((a, b) => b[1].ms - a[1].ms);
  for (const [name, f] of rows.slice(0, top)) console.log(`${pct(f.ms)} ${per(f.ms)}  ${name}  [${f.area}]`);
}

main();
