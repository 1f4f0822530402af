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
