import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What a new server process asks of itself before it takes visitors. The first home page goes to Next, which
 * teaches the page cache the build's stylesheet (lib/plain-pages/fill.ts); the second is rendered without
 * Next; then the list, the statistics and the API list, and an example and a commune page found on the way.
 * The example page is also asked for as a crawler, which Next answers (lib/public-page-cache/rules.ts): a
 * comment or a rating posted from a plain page is answered by Next's example page.
 */
export const WARM_UP_PATHS = ['/', '/', '/examples', '/stats', '/api/v1/examples?limit=1'];
const EXAMPLE_LINK = /href="(\/examples\/[a-z0-9-]{1,120})"/;
const COMMUNE_LINK = /href="(\/communes\/[0-9a-z-]{1,20})"/;
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
export async function warmUp(options: WarmUpOptions): Promise<WarmUpStep[]> {
  const server = createServer(options.handle);
  const steps: WarmUpStep[] = [];
  try {
    const base = `http://127.0.0.1:${await listenPrivately(server)}`;
    options.useAddress(base);
    const queue: { path: string; crawler?: true }[] = (options.paths ?? WARM_UP_PATHS).map((path) => ({ path }));
    const signal = AbortSignal.timeout(options.timeoutMs);
    const follow = new Map<RegExp, (path: string) => void>([
      [EXAMPLE_LINK, (path) => queue.push({ path }, { path, crawler: true })],
      [COMMUNE_LINK, (path) => queue.push({ path })],
    ]);
    for (let step = queue.shift(); step !== undefined && !signal.aborted; step = queue.shift()) {
      const started = performance.now();
      let status: number | null = null;
      try {
        const userAgent = step.crawler ? WARM_UP_CRAWLER : WARM_UP_USER_AGENT;
        const response = await fetch(`${base}${step.path}`, { headers: { 'user-agent': userAgent, accept: 'text/html,*/*' }, redirect: 'manual', signal });
        status = response.status;
        const body = await response.text();
        for (const [link, add] of follow) {
          const match = link.exec(body);
          if (match) {
            follow.delete(link);
            add(match[1]!);
          }
        }
      } catch {
        // Timed out or refused: the step says so (status null), the next one is tried while time is left.
      }
      steps.push({ ...step, status, ms: Math.round(performance.now() - started) });
    }
  } finally {
    options.useAddress(null);
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  return steps;
}
