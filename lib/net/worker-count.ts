import { availableParallelism } from 'node:os';

export interface WorkerPlan {
  workers: number;
  /** Why the asked-for number was not used, for the start-up log. */
  note: string | null;
}

/**
 * How many server processes to run. PostgreSQL: WEB_CONCURRENCY, by default one per core. The embedded
 * database lives inside one process and has no lock between processes, so it always gets one.
 */
export function planWorkers(env: Record<string, string | undefined>, cores = availableParallelism()): WorkerPlan {
  const raw = env.WEB_CONCURRENCY?.trim() ?? '';
  const asked = raw === '' ? null : Number(raw);
  if (asked !== null && (!Number.isInteger(asked) || asked < 1 || asked > 64)) {
    throw new Error(`WEB_CONCURRENCY phải là số nguyên từ 1 đến 64 (đang là "${raw}").`);
  }
  if (!env.DATABASE_URL?.trim()) {
    return { workers: 1, note: asked !== null && asked > 1 ? `WEB_CONCURRENCY=${asked} bị bỏ qua: cơ sở dữ liệu nhúng chỉ chạy với một tiến trình.` : null };
  }
  return { workers: asked ?? Math.max(1, cores), note: null };
}

/** Old-space heap of each worker, in megabytes, unless WORKER_HEAP_MB says otherwise. */
export const DEFAULT_WORKER_HEAP_MB = 256;
/** Each of the young generation's two halves, in megabytes (V8's own default on 64-bit is 16). */
export const WORKER_SEMI_SPACE_MB = 8;

/**
 * V8 flags for each worker. Without a limit V8 sizes a heap by the machine's memory and lets it grow long
 * before collecting: two workers held 994 MB after the long tail. With these, 592 MB (docs/performance.md,
 * "Memory"); the caches (PAGE_CACHE_MB, PUBLIC_DATA_CACHE_MB) stay well inside the heap.
 */
export function workerMemoryFlags(env: Record<string, string | undefined>): string[] {
  const raw = env.WORKER_HEAP_MB?.trim() ?? '';
  const heap = raw === '' ? DEFAULT_WORKER_HEAP_MB : Number(raw);
  if (!Number.isInteger(heap) || heap < 128 || heap > 16_384) {
    throw new Error(`WORKER_HEAP_MB phải là số nguyên từ 128 đến 16384 (đang là "${raw}").`);
  }
  return [`--max-old-space-size=${heap}`, `--max-semi-space-size=${WORKER_SEMI_SPACE_MB}`];
}

/** glibc's malloc arenas per worker, unless MALLOC_ARENA_MAX says otherwise. */
export const DEFAULT_MALLOC_ARENAS = 2;

/**
 * What each worker's environment adds. glibc gives every thread that allocates (libuv's pool, V8's
 * helpers) an arena of its own, up to eight per core, and keeps what each one freed: two arenas took
 * about 25 MB off the workers' RSS after the long tail at the same speed (docs/performance.md, headline).
 * It must be set before the process starts, so it reaches the workers only, not a single process.
 */
export function workerEnvironment(env: Record<string, string | undefined>): Record<string, string> {
  return { MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX?.trim() || String(DEFAULT_MALLOC_ARENAS) };
}
