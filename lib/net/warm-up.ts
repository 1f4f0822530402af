import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What a new server process asks of itself before it takes visitors. The readiness check first: it opens the
 * database, without which the page cache hands a page straight to Next and keeps nothing (the home page was
 * then never kept). The first home page goes to Next, which teaches the page cache the build's stylesheet
 * (lib/plain-pages/fill.ts); the second is rendered without Next and kept; then the list, the statistics and
 * the API list, and an example and a commune page found on the way.
 * The example page is also asked for as a crawler, which Next answers (lib/public-page-cache/rules.ts): a
 * comment or a rating posted from a plain page is answered by Next's example page. Then the spread (below).
 */
export const WARM_UP_PATHS = ['/api/ready', '/', '/', '/examples', '/stats', '/api/v1/examples?limit=1'];
const EXAMPLE_LINK = /href="(\/examples\/[a-z0-9-]{1,120})"/;
const COMMUNE_LINK = /href="(\/communes\/[0-9a-z-]{1,20})"/;
const LIST_LINK = /href="(\/examples\?commune=[0-9a-z:%]{1,40})"/;
export const WARM_UP_USER_AGENT = 'guong-sang-warm-up';
export const WARM_UP_CRAWLER = 'guong-sang-warm-up (compatible; bot)';

export interface WarmUpStep {
  path: string;
  crawler?: true;
  status: number | null;
  ms: number;
}

export interface WarmUpOptions {
  /** The request pipeline, without what only a visitor's request should do (count a view, log a line). */
  handle: (req: IncomingMessage, res: ServerResponse) => void;
  /** Told the private address while warming (the page cache asks Next there), then null. */
  useAddress: (base: string | null) => void;
  timeoutMs: number;
  paths?: string[];
  spread?: SpreadOptions;
}

/**
 * After the fixed pages, other pages found on them (examples, communes, a commune's list, and searches made of
 * two words of an example's address), asked `concurrency` at a time: each worker's database connections then
 * have prepared and planned their statements, and the code of every kind of page has run more than once. The
 * first ten seconds of visitors cost twice the steady CPU per request without it (docs/performance.md).
 */
export interface SpreadOptions {
  pages: number;
  concurrency: number;
}

export const WARM_UP_SPREAD: SpreadOptions = { pages: 48, concurrency: 8 };

export interface WarmUpResult {
  steps: WarmUpStep[];
  spread: { pages: number; failed: number; ms: number };
}

function listenPrivately(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // exclusive: a cluster worker's own port, not one shared through the primary with the other workers.
    server.listen({ host: '127.0.0.1', port: 0, exclusive: true }, () => resolve((server.address() as AddressInfo).port));
  });
}

/**
 * A process that has just started compiles its code, opens its database pool and fills its caches on its first
 * requests, which then wait up to seconds (docs/performance.md, "Targets missed"). It renders a few public pages for
 * itself first, on a port of its own that no visitor reaches; a failure is reported and the start goes on.
 */
export async function warmUp(options: WarmUpOptions): Promise<WarmUpResult> {
  const server = createServer(options.handle);
  const steps: WarmUpStep[] = [];
  const spread = { pages: 0, failed: 0, ms: 0 };
  try {
    const base = `http://127.0.0.1:${await listenPrivately(server)}`;
    options.useAddress(base);
    const signal = AbortSignal.timeout(options.timeoutMs);
    const found = new FoundPages();
    const ask = async (path: string, crawler?: true): Promise<number | null> => {
      try {
        const userAgent = crawler ? WARM_UP_CRAWLER : WARM_UP_USER_AGENT;
        const response = await fetch(`${base}${path}`, { headers: { 'user-agent': userAgent, accept: 'text/html,*/*' }, redirect: 'manual', signal });
        found.readLinks(await response.text());
        return response.status;
      } catch {
        // Timed out or refused: the step says so (status null), the next one is tried while time is left.
        return null;
      }
    };

    const queue: { path: string; crawler?: true }[] = (options.paths ?? WARM_UP_PATHS).map((path) => ({ path }));
    const firstOf = new Map<RegExp, (path: string) => void>([
      [EXAMPLE_LINK, (path) => queue.push({ path }, { path, crawler: true })],
      [COMMUNE_LINK, (path) => queue.push({ path })],
    ]);
    for (let step = queue.shift(); step !== undefined && !signal.aborted; step = queue.shift()) {
      const started = performance.now();
      const status = await ask(step.path, step.crawler);
      for (const [link, add] of firstOf) {
        const path = found.first(link);
        if (path) {
          firstOf.delete(link);
          add(path);
        }
      }
      found.visited(step.path);
      steps.push({ ...step, status, ms: Math.round(performance.now() - started) });
    }

    const { pages, concurrency } = options.spread ?? WARM_UP_SPREAD;
    const started = performance.now();
    const worker = async () => {
      while (spread.pages < pages && !signal.aborted) {
        const path = found.next();
        if (path === null) return;
        spread.pages++;
        const status = await ask(path);
        if (status === null || status >= 500) spread.failed++;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    spread.ms = Math.round(performance.now() - started);
  } finally {
    options.useAddress(null);
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  return { steps, spread };
}

type Kind = 'example' | 'commune' | 'list' | 'search';
/** Mostly example pages, as visitors ask (scripts/bench/longtail.ts): three for each commune page, list and search. */
const TURNS: Kind[] = ['example', 'commune', 'example', 'search', 'example', 'list'];

/** The pages found so far that the spread has not asked for, by kind, each path once. */
class FoundPages {
  private readonly seen = new Set<string>();
  private readonly done = new Set<string>();
  private readonly waiting: Record<Kind, string[]> = { example: [], commune: [], list: [], search: [] };
  private readonly firsts = new Map<RegExp, string>();
  private turn = 0;

  readLinks(html: string): void {
    for (const [kind, pattern] of [
      ['example', EXAMPLE_LINK],
      ['commune', COMMUNE_LINK],
      ['list', LIST_LINK],
    ] as const) {
      for (const match of html.matchAll(new RegExp(pattern.source, 'g'))) {
        const path = match[1]!;
        if (!this.firsts.has(pattern)) this.firsts.set(pattern, path);
        this.add(kind, path);
        if (kind === 'example') this.add('search', searchFromSlug(path));
      }
    }
  }

  /** The first link of this kind found so far, if any. */
  first(pattern: RegExp): string | undefined {
    return this.firsts.get(pattern);
  }

  /** Asked for already (by the fixed steps): the spread leaves it out. */
  visited(path: string): void {
    this.done.add(path);
  }

  next(): string | null {
    for (let tries = 0; tries < TURNS.length; tries++) {
      const kind = TURNS[this.turn++ % TURNS.length]!;
      const waiting = this.waiting[kind];
      let path = waiting.shift();
      while (path !== undefined && this.done.has(path)) path = waiting.shift();
      if (path !== undefined) {
        this.done.add(path);
        return path;
      }
    }
    return null;
  }

  private add(kind: Kind, path: string): void {
    if (this.seen.has(path)) return;
    this.seen.add(path);
    this.waiting[kind].push(path);
  }
}

/** Two whole words from the middle of an example's address, as a visitor might search for them. */
export function searchFromSlug(path: string): string {
  const words = path.slice('/examples/'.length).split('-');
  // The address may end on a cut word.
  const whole = words.length > 2 ? words.slice(0, -1) : words;
  const at = Math.max(0, Math.floor(whole.length / 2) - 1);
  return `/examples?q=${whole.slice(at, at + 2).join('+')}`;
}
