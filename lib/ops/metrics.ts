import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DatabaseUsage } from '../../db/client';
import type { RouteGroup } from './route-group';

type BacklogProvider = () => number | null | Promise<number | null>;

export interface AppMetrics {
  registry: Registry;
  requestDuration: Histogram<'route' | 'status'>;
  pageCache: Counter<'result'>;
  uploadBytes: Histogram<'kind'>;
}

// One registry per process, kept on globalThis: scripts/server.ts (run by tsx) and the app's code (bundled by
// Next, in the same process) must count into the same metrics, as with the database in db/index.ts.
const holder = globalThis as unknown as {
  __guongSangMetrics?: AppMetrics;
  __guongSangOutboxBacklog?: BacklogProvider | null;
  /** The app's database (db/index.ts), once a request opened it. */
  __guongSangDb?: { usage?: () => DatabaseUsage };
};

function createMetrics(): AppMetrics {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry });
  const requestDuration = new Histogram({
    name: 'gs_http_request_duration_seconds',
    help: 'Time from a request arriving to its answer being sent, by route group and status class.',
    labelNames: ['route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers,
  });
  const pageCache = new Counter({
    name: 'gs_page_cache_requests_total',
    help: 'Public pages answered by the page cache (hit) or rendered to fill it (miss).',
    labelNames: ['result'] as const,
    registers,
  });
  const usage = () => holder.__guongSangDb?.usage?.();
  // Counted by the database's client (db/pool-watch.ts), which may not import lib/; read at each scrape.
  let timeoutsSeen = 0;
  new Counter({
    name: 'gs_db_statement_timeouts_total',
    help: 'Queries or transactions the database cancelled for running past statement_timeout (SQLSTATE 57014).',
    registers,
    collect() {
      const now = usage()?.statementTimeouts ?? timeoutsSeen;
      // Another database object (a reopened connection) starts again from 0: a counter reset.
      if (now < timeoutsSeen) {
        this.reset();
        timeoutsSeen = 0;
      }
      if (now > timeoutsSeen) this.inc(now - timeoutsSeen);
      timeoutsSeen = now;
    },
  });
  const uploadBytes = new Histogram({
    name: 'gs_upload_stored_bytes',
    help: 'Size of each uploaded file as stored (a photo: its large and thumbnail sizes together).',
    labelNames: ['kind'] as const,
    buckets: [10e3, 50e3, 100e3, 250e3, 500e3, 1e6, 2.5e6, 5e6, 10e6, 20e6],
    registers,
  });
  new Gauge({
    name: 'gs_db_pool_max',
    help: 'Connections the database pool may open (PostgreSQL: the configured max; the embedded PGlite: 1).',
    registers,
    collect() {
      const now = usage();
      if (now) this.set(now.poolMax);
    },
  });
  new Gauge({
    name: 'gs_db_queries_in_flight',
    help: 'Queries and transactions started and not yet settled on the pool (PostgreSQL; always 0 on PGlite). Above gs_db_pool_max, some wait.',
    registers,
    collect() {
      const now = usage();
      if (now && now.inFlight !== null) this.set(now.inFlight);
    },
  });
  new Gauge({
    name: 'gs_outbox_backlog',
    help: 'Messages waiting in the outbox to be sent (no sample until an outbox registers its provider).',
    // A gauge without labels always shows a value (0); with one, it shows none until set.
    labelNames: ['outbox'] as const,
    registers,
    async collect() {
      const provider = holder.__guongSangOutboxBacklog;
      const value = provider ? await provider() : null;
      this.reset();
      if (value !== null && value !== undefined) this.set({ outbox: 'email' }, value);
    },
  });
  return { registry, requestDuration, pageCache, uploadBytes };
}

export function getMetrics(): AppMetrics {
  holder.__guongSangMetrics ??= createMetrics();
  return holder.__guongSangMetrics;
}

/**
 * The e-mail outbox's backlog (rows not yet sent), read at every scrape; null, or no provider, leaves the
 * gauge without a value. A provider that throws fails only that gauge's reading, not the scrape.
 */
export function setOutboxBacklogProvider(provider: BacklogProvider | null): void {
  holder.__guongSangOutboxBacklog = provider
    ? async () => {
        try {
          return await provider();
        } catch {
          return null;
        }
      }
    : null;
}

export function observeRequest(route: RouteGroup, statusCode: number, seconds: number): void {
  getMetrics().requestDuration.observe({ route, status: `${Math.floor(statusCode / 100)}xx` }, seconds);
}

export function countPageCache(result: 'hit' | 'miss'): void {
  getMetrics().pageCache.inc({ result });
}

export function observeUpload(kind: 'photo' | 'pdf', bytes: number): void {
  getMetrics().uploadBytes.observe({ kind }, bytes);
}
