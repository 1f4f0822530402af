import 'server-only';
import { join } from 'node:path';
import { readEnv } from '@/lib/env';
import { createCasebookCache, type CasebookCache } from './disk-cache';

const MB = 1024 * 1024;

/** See README, "Bảo mật khi triển khai thật". */
export const CASEBOOK_LIMITS = {
  /** Casebooks an address without a reviewer's or admin's session may ask for in a window. */
  perWindow: 5,
  windowMs: 10 * 60_000,
  /** Casebooks being made at once by one process. */
  concurrent: 2,
  /** The largest casebook made for an anonymous visitor, and for anyone. */
  anonymousMaxExamples: 2_000,
  maxExamples: 10_000,
  cacheBytes: 512 * MB,
  maxFileBytes: 256 * MB,
} as const;

export type Admission = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Per address, a number of casebooks in a sliding window; per process, a number being made at once. Kept in
 * memory: a casebook is costly to make, not to refuse.
 */
export type CasebookLimits = { [K in 'perWindow' | 'windowMs' | 'concurrent' | 'anonymousMaxExamples' | 'maxExamples']: number };

export function createCasebookGate(limits: CasebookLimits = CASEBOOK_LIMITS, maxAddresses = 10_000) {
  const recent = new Map<string, number[]>();
  let running = 0;
  const gate = {
    limits,
    now: (): number => Date.now(),

    admit(address: string): Admission {
      const now = gate.now();
      const times = (recent.get(address) ?? []).filter((t) => t > now - limits.windowMs);
      recent.delete(address);
      if (times.length >= limits.perWindow) {
        recent.set(address, times);
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((times[0]! + limits.windowMs - now) / 1000)) };
      }
      times.push(now);
      recent.set(address, times);
      while (recent.size > maxAddresses) recent.delete(recent.keys().next().value as string);
      return { ok: true };
    },

    /** Takes a place to make a casebook; false when every place is taken. Give it back with `finish`. */
    start(): boolean {
      if (running >= limits.concurrent) return false;
      running++;
      return true;
    },

    finish(): void {
      running = Math.max(0, running - 1);
    },

    get running(): number {
      return running;
    },
  };
  return gate;
}

export type CasebookGate = ReturnType<typeof createCasebookGate>;

const holder = globalThis as unknown as { __guongSangCasebookGate?: CasebookGate; __guongSangCasebookCache?: CasebookCache };

export function casebookGate(): CasebookGate {
  holder.__guongSangCasebookGate ??= createCasebookGate();
  return holder.__guongSangCasebookGate;
}

/** Inside the upload folder, which belongs to the same database: a copy never outlives the data it was made from. */
export function casebookCache(): CasebookCache {
  holder.__guongSangCasebookCache ??= createCasebookCache({
    dir: join(readEnv().UPLOAD_DIR, '.cache', 'casebooks'),
    maxBytes: CASEBOOK_LIMITS.cacheBytes,
    maxFileBytes: CASEBOOK_LIMITS.maxFileBytes,
  });
  return holder.__guongSangCasebookCache;
}
