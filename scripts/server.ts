// The production server: Next's request handler behind the public page cache (lib/public-page-cache).
// `npm start`, `npm run serve`, the end-to-end tests and the benchmark all run this, so what is measured
// and tested is what is deployed. `npm run build` compiles it to dist/server.mjs, started by dist/serve.mjs
// (scripts/serve.ts). Usage: node dist/serve.mjs [-p PORT] [-H HOST]
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Database } from '../db/client';
import { MemoCache } from '../lib/cache/memo-cache';
import { HOUSEKEEPING_INTERVAL_MS, purgeAuthState } from '../lib/auth/housekeeping';
import { markFrontedByServer } from '../lib/auth/request-info';
import { readEnv } from '../lib/env';
import { assertStorageReachable } from '../lib/uploads/reachable';
import { CLIENT_ADDRESS_HEADER, parseTrustedProxies } from '../lib/net/forwarding';
import { createRequestGuard } from '../lib/net/request-guard';
import { screenRequestTarget } from '../lib/net/request-target';
import { createPageCacheFront, FILL_HEADER } from '../lib/public-page-cache/front';
import { permanentRedirectsAs301 } from '../lib/public-page-cache/moved';
import type { CachedPage, CapturedResponse } from '../lib/public-page-cache/page';
import { createPlainFill, type PlainRenderer } from '../lib/plain-pages/fill';
import { drainThenClose } from '../lib/net/drain';
import { adoptBuiltNextConfig } from '../lib/net/built-next-config';
import { warmUp } from '../lib/net/warm-up';
import { addExampleViews } from '../db/queries/view-counts';
import { forgetRatingAddresses } from '../db/queries/ratings';
import { RATING_ADDRESS_KEEP_MS } from '../lib/outreach/rating-rules';
import { VIEW_FLUSH_INTERVAL_MS, ViewCounter } from '../lib/outreach/view-counter';
import { createViewWatcher } from '../lib/outreach/view-watch';
import { startMailSender } from '../lib/mail/start';
import { countOutboxBacklog } from '../db/queries/mail-outbox';
import { setOutboxBacklogProvider } from '../lib/ops/metrics';
import { createLogger, reason } from '../lib/ops/logger';
import { createMetricsEndpoint } from '../lib/ops/metrics-endpoint';
import { createRequestLog } from '../lib/ops/request-log';

const WARM_UP_TIMEOUT_MS = 20_000;

function option(flags: string[], fallback: string): string {
  const at = process.argv.findIndex((arg) => flags.includes(arg));
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback);
}

async function main(): Promise<void> {
  (process.env as Record<string, string>).NODE_ENV = 'production';
  const port = Number(option(['-p', '--port'], process.env.PORT ?? '3000'));
  const hostname = option(['-H', '--hostname'], '0.0.0.0');
  // As `next start` does: the app (and this file's loopback requests) read it.
  process.env.PORT = String(port);
  const env = readEnv();
  const log = createLogger({ level: env.LOG_LEVEL });
  const trusted = parseTrustedProxies(env.TRUSTED_PROXIES);
  if (!trusted.ok) throw new Error(`TRUSTED_PROXIES không hợp lệ: ${trusted.invalid.join(', ')}`);
  await assertStorageReachable(env);
  // Before Next loads: the app then believes only the client address this file sets.
  markFrontedByServer();

  adoptBuiltNextConfig(process.cwd());
  const { default: next } = await import('next');
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();

  // Shared by the workers of scripts/serve.ts: the cache's own request may reach another worker.
  const secret = process.env.GS_PAGE_FILL_SECRET || randomBytes(18).toString('base64url');
  // Bound to every interface: ask over loopback; bound to one address: ask there.
  const ownHost = hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname.includes(':') ? `[${hostname}]` : hostname;
  const loopback = `http://${ownHost}:${port}`;
  // The warm-up's private port while it runs (lib/net/warm-up.ts): the shared one is not listening yet.
  let nextBase = loopback;
  // The app opens the database on its first request and keeps it here (db/index.ts).
  const holder = globalThis as unknown as { __guongSangDb?: Database };
  const askNext = async (url: string, visitor: IncomingMessage): Promise<CapturedResponse> => {
    const response = await fetch(`${nextBase}${url}`, {
      headers: {
        [FILL_HEADER]: secret,
        [CLIENT_ADDRESS_HEADER]: String(visitor.headers[CLIENT_ADDRESS_HEADER] ?? ''),
        // Its log line (debug) carries the visitor's request id.
        'x-request-id': String(visitor.headers['x-request-id'] ?? ''),
        accept: 'text/html,application/xhtml+xml,*/*',
        'accept-encoding': 'identity',
        'user-agent': 'guong-sang-page-cache',
      },
      redirect: 'manual',
    });
    return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
  };
  // Beside this file in dist/ (scripts/compile-server.mjs); a path, so that the bundler leaves it apart.
  const plainPages = new URL('./plain-pages.mjs', import.meta.url).href;
  const fill =
    env.PLAIN_PAGES === 'on'
      ? createPlainFill({
          load: () => import(plainPages) as Promise<PlainRenderer>,
          next: askNext,
          onError: (error) => log.error({ reason: reason(error) }, 'Trang dựng sẵn: lỗi, chuyển sang Next'),
        })
      : askNext;
  const front = createPageCacheFront({
    next: (req, res) => handle(req, res),
    fill,
    readVersion: async () => (holder.__guongSangDb ? holder.__guongSangDb.readPublicDataVersion() : null),
    cache: new MemoCache({
      maxEntries: 5000,
      // Bounds what depends on the clock (an open nomination window, "today").
      maxAgeMs: 5 * 60_000,
      maxWeight: env.PAGE_CACHE_MB * 1024 * 1024,
      weigh: (page) => (page as CachedPage).bytes,
    }),
    fillSecret: secret,
    onError: (error) => log.error({ reason: reason(error) }, 'Bộ đệm trang: lỗi, chuyển sang dựng trang trực tiếp'),
  });

  // Example page views, counted here so that pages from the cache count too; written every 30 seconds.
  const views = new ViewCounter({
    write: async (counts) => {
      if (!holder.__guongSangDb) throw new Error('cơ sở dữ liệu chưa mở');
      await addExampleViews(holder.__guongSangDb.db, counts);
    },
  });
  const flushViews = () => views.flush().catch((error: unknown) => log.error({ reason: reason(error) }, 'Ghi lượt xem: lỗi, sẽ ghi lại lần sau'));
  setInterval(() => void flushViews(), VIEW_FLUSH_INTERVAL_MS).unref();
  const watchViews = createViewWatcher({ counter: views, fillHeader: FILL_HEADER, fillSecret: secret });

  // Mails of the outbox go out in the background, never inside a request; an unreachable SMTP server stops the start.
  const mail = await startMailSender({ env, getDb: () => holder.__guongSangDb?.db });
  setOutboxBacklogProvider(async () => (holder.__guongSangDb ? countOutboxBacklog(holder.__guongSangDb.db) : null));

  const guard = createRequestGuard({ trusted: trusted.ranges, fillHeader: FILL_HEADER, fillSecret: secret });
  const serve = env.PAGE_CACHE_MB > 0 ? front : (req: IncomingMessage, res: ServerResponse) => void handle(req, res);
  // One log line and one measurement per request; /metrics answered here, before Next and the page cache.
  const requestLog = createRequestLog({ logger: log, internal: (req) => req.headers[FILL_HEADER] === secret });
  const metrics = createMetricsEndpoint({ token: env.METRICS_TOKEN });
  const pipeline = (req: IncomingMessage, res: ServerResponse, visitor: boolean) => {
    guard(req);
    if (screenRequestTarget(req, res)) return;
    permanentRedirectsAs301(req, res);
    if (visitor) watchViews(req, res);
    serve(req, res);
  };
  const server = createServer((req, res) => {
    requestLog(req, res);
    if (metrics(req, res)) return;
    pipeline(req, res, true);
  });
  // Before the first visitor: nobody waits on this process compiling its code and filling its caches.
  const warmStarted = performance.now();
  await warmUp({ handle: (req, res) => pipeline(req, res, false), useAddress: (base) => (nextBase = base ?? loopback), timeoutMs: WARM_UP_TIMEOUT_MS }).then(
    ({ steps, spread }) => log.info({ steps, spread, ms: Math.round(performance.now() - warmStarted) }, 'Khởi động nóng: đã dựng sẵn các trang công khai'),
    (error: unknown) => log.warn({ reason: reason(error) }, 'Khởi động nóng: lỗi, bỏ qua'),
  );
  server.listen(port, hostname, () => {
    log.info({ url: `http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`, pageCacheMb: env.PAGE_CACHE_MB }, 'Sẵn sàng');
  });
  // Expired sessions and stale sign-in counters go every hour, whichever process gets there first.
  setInterval(() => {
    const database = holder.__guongSangDb;
    if (!database) return;
    purgeAuthState(database.db).catch((error: unknown) => log.error({ reason: reason(error) }, 'Dọn phiên đăng nhập hết hạn: lỗi'));
    // The rating limits look back a day at most; the hashed addresses have no use after two.
    forgetRatingAddresses(database.db, { before: new Date(Date.now() - RATING_ADDRESS_KEEP_MS) }).catch((error: unknown) =>
      log.error({ reason: reason(error) }, 'Xóa mã địa chỉ của lượt đánh giá cũ: lỗi'),
    );
  }, HOUSEKEEPING_INTERVAL_MS).unref();
  // Requests in flight finish before the database closes (a submission is not cut half-way), within 10 s.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      // The views counted since the last flush, and the mail being sent, are written before the database closes.
      void drainThenClose(
        server,
        async () => {
          await Promise.all([flushViews(), mail.stop()]).finally(() => holder.__guongSangDb?.close());
        },
        { timeoutMs: 10_000 },
      )
        .catch((error: unknown) => log.error({ reason: reason(error) }, 'Dừng máy chủ: lỗi'))
        .finally(() => process.exit(0));
    });
  }
}

// Before the logger exists (a bad environment) or after it failed: plain text on stderr.
main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
