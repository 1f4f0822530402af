import 'server-only';
import { MemoCache } from '@/lib/cache/memo-cache';

/**
 * What bounds the open-data exports, which read the whole registry: per address, a number of requests a
 * minute; per process, a number of files being made at once; and the files already made, kept per filter
 * and public data version, so the same download twice costs one run of the queries.
 */
export interface ExportGateOptions {
  perMinute: number;
  concurrent: number;
  /** A file larger than this is streamed but not kept. */
  maxFileBytes: number;
  cacheBytes: number;
  /** Addresses remembered for the per-minute count; the least recent go first. */
  maxAddresses?: number;
}

export type Admission = { ok: true } | { ok: false; retryAfterSeconds: number };

const MINUTE = 60_000;

export function createExportGate(options: ExportGateOptions) {
  const recent = new Map<string, number[]>();
  const maxAddresses = options.maxAddresses ?? 10_000;
  const cache = new MemoCache({ maxEntries: 200, maxAgeMs: 60 * MINUTE, maxWeight: options.cacheBytes, weigh: (v) => (v as Uint8Array).byteLength });
  let running = 0;

  const gate = {
    now: (): number => Date.now(),

    /** Counts a request from `address`; refuses it past the limit, saying when the oldest counted one expires. */
    admit(address: string): Admission {
      const now = gate.now();
      const times = (recent.get(address) ?? []).filter((t) => t > now - MINUTE);
      recent.delete(address);
      if (times.length >= options.perMinute) {
        recent.set(address, times);
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((times[0]! + MINUTE - now) / 1000)) };
      }
      times.push(now);
      recent.set(address, times);
      while (recent.size > maxAddresses) recent.delete(recent.keys().next().value as string);
      return { ok: true };
    },

    cached(key: string): Promise<Uint8Array> | undefined {
      return cache.peek<Uint8Array>(key);
    },

    /**
     * Wraps a file being made: the client gets it as it comes, and the whole file is kept under `key` when it
     * completes within `maxFileBytes`. Null when `concurrent` files are being made already.
     */
    make(key: string, body: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> | null {
      if (running >= options.concurrent) return null;
      running++;
      let done = false;
      const finish = () => {
        if (!done) running--;
        done = true;
      };
      const reader = body.getReader();
      let chunks: Uint8Array[] | null = [];
      let size = 0;
      return new ReadableStream<Uint8Array>({
        async pull(controller) {
          try {
            const next = await reader.read();
            if (next.done) {
              controller.close();
              if (chunks) cache.set(key, Buffer.concat(chunks));
              finish();
              return;
            }
            size += next.value.byteLength;
            if (chunks && size <= options.maxFileBytes) chunks.push(next.value);
            else chunks = null;
            controller.enqueue(next.value);
          } catch (error) {
            finish();
            controller.error(error);
          }
        },
        async cancel(reason) {
          finish();
          await reader.cancel(reason);
        },
      });
    },

    get running(): number {
      return running;
    },
  };
  return gate;
}

export type ExportGate = ReturnType<typeof createExportGate>;

const MB = 1024 * 1024;
/** The limits the routes use: see README, "Bảo mật khi triển khai thật". */
export const EXPORT_LIMITS = { perMinute: 10, concurrent: 2, maxFileBytes: 16 * MB, cacheBytes: 64 * MB } as const;

const holder = globalThis as unknown as { __guongSangExportGate?: ExportGate };
holder.__guongSangExportGate ??= createExportGate(EXPORT_LIMITS);
export const exportGate: ExportGate = holder.__guongSangExportGate;
