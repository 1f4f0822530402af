// `npm run serve` (and the last step of `npm start`), compiled to dist/serve.mjs: one server process on
// the embedded database, or a small primary that keeps WEB_CONCURRENCY workers on PostgreSQL. The workers
// share the port (node:cluster) and the secret that marks the page cache's own requests, because such a
// request may reach any of them.
import cluster from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { planWorkers, workerEnvironment, workerMemoryFlags } from '../lib/net/worker-count';

const RESTART_DELAY_MS = 1_000;

async function main(): Promise<void> {
  const plan = planWorkers(process.env);
  const memoryFlags = plan.workers > 1 ? workerMemoryFlags(process.env) : [];
  if (plan.note) console.warn(`› ${plan.note}`);
  process.env.GS_PAGE_FILL_SECRET ||= randomBytes(18).toString('base64url');
  if (plan.workers === 1) {
    // The compiled sibling (dist/server.mjs), loaded into this very process: no parent left waiting.
    await import(new URL('./server.mjs', import.meta.url).href);
    return;
  }
  cluster.setupPrimary({
    exec: new URL('./server.mjs', import.meta.url).pathname,
    args: process.argv.slice(2),
    execArgv: [...process.execArgv, ...memoryFlags],
  });
  let stopping = false;
  // A worker that never got to listen failed its start-up checks (configuration, database, bucket, SMTP):
  // restarting it would only fail again, so the whole server stops with its message, as one process would.
  const listening = new Set<number>();
  const start = () => cluster.fork(workerEnvironment(process.env));
  for (let i = 0; i < plan.workers; i += 1) start();
  console.log(`› ${plan.workers} tiến trình máy chủ (WEB_CONCURRENCY), tiến trình chính ${process.pid}`);
  cluster.on('listening', (worker) => listening.add(worker.id));
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    if (!listening.has(worker.id)) {
      console.error(`✗ Tiến trình máy chủ không khởi động được (mã ${signal ?? code}); dừng cả máy chủ.`);
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill('SIGTERM');
      process.exitCode = 1;
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(1);
      return;
    }
    console.error(`› Tiến trình ${worker.process.pid} dừng (${signal ?? code}); khởi động lại sau 1 giây.`);
    setTimeout(start, RESTART_DELAY_MS).unref();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopping = true;
      // Each worker drains its requests in flight (scripts/server.ts) before it exits.
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
