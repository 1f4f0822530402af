import 'server-only';
import { readEnv } from '@/lib/env';

export const SEARCH_BUSY_MESSAGE = 'Đang có rất nhiều lượt tìm kiếm cùng lúc. Vui lòng thử lại sau ít giây.';

/** Too many searches are already waiting: the request is refused instead of queued. */
export class SearchBusyError extends Error {
  constructor() {
    super(SEARCH_BUSY_MESSAGE);
    this.name = 'SearchBusyError';
  }
}

export interface SearchGateOptions {
  /** Searches run against the database at once. */
  concurrent: number;
  /** Searches that may wait for a turn; one more is refused (SearchBusyError). */
  maxWaiting: number;
}

/**
 * Lets a few searches at a time reach the database and queues the rest, first come first served.
 * Twenty common-word searches at once on two cores each ran ten times slower and passed the statement
 * timeout; one after another, each ends in its usual time and every visitor gets an answer.
 */
export function createSearchGate({ concurrent, maxWaiting }: SearchGateOptions) {
  let running = 0;
  const waiting: (() => void)[] = [];

  async function run<T>(work: () => Promise<T>): Promise<T> {
    if (running < concurrent) running++;
    else if (waiting.length >= maxWaiting) throw new SearchBusyError();
    // The slot is handed over by the search that ends (running stays the same).
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  }

  return { run, load: () => ({ running, waiting: waiting.length }) };
}

export type SearchGate = ReturnType<typeof createSearchGate>;

const holder = globalThis as unknown as { __guongSangSearchGate?: SearchGate };

function processGate(): SearchGate {
  holder.__guongSangSearchGate ??= createSearchGate({ concurrent: readEnv().SEARCH_CONCURRENCY, maxWaiting: 100 });
  return holder.__guongSangSearchGate;
}

/** Replaces this process's gate (tests); undefined makes a new one from the environment on next use. */
export function setSearchGate(gate: SearchGate | undefined): void {
  holder.__guongSangSearchGate = gate;
}

/** Runs `work` through this process's search gate when `q` searches for something; at once otherwise. */
export function gatedSearch<T>(q: string | undefined, work: () => Promise<T>): Promise<T> {
  return q?.trim() ? processGate().run(work) : work();
}
