import type { AdminTree } from '@/lib/domain/vocabulary';

/** One match from /api/v1/communes, as the type-ahead shows it. */
export interface CommuneMatch {
  /** "tree:code", the same value the commune select submits. */
  value: string;
  name: string;
  parent: string | null;
  tree: AdminTree;
}

export type LookupState =
  { status: 'idle' } | { status: 'loading'; query: string } | { status: 'done'; query: string; items: CommuneMatch[] } | { status: 'error'; query: string };

/** Short names of the two trees: the same name often exists in both, so each match says which. */
export const TREE_SHORT_LABELS: Record<AdminTree, string> = {
  '2024': 'trước 01/07/2025',
  '2025': 'từ 01/07/2025',
};

export const MIN_QUERY_LETTERS = 2;
export const LOOKUP_DELAY_MS = 250;
/** The endpoint refuses longer queries with a 400. */
export const MAX_QUERY_LENGTH = 100;

const VALUE_PATTERN = /^(2024|2025):\d{5}$/;

/** The query as it will be sent, or null when it has too few letters to be worth a request. */
export function normaliseQuery(raw: string): string | null {
  const query = raw.normalize('NFC').trim().replace(/\s+/g, ' ').slice(0, MAX_QUERY_LENGTH);
  // The server drops punctuation before matching, so "%_" alone would only return nothing.
  const letters = query.replace(/[^\p{L}\p{N}]/gu, '');
  return letters.length >= MIN_QUERY_LETTERS ? query : null;
}

/** Keeps the well-formed items of a response; anything else in the body is ignored. */
export function parseCommuneMatches(body: unknown): CommuneMatch[] {
  const items = (body as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) throw new Error('unexpected response from /api/v1/communes');
  const out: CommuneMatch[] = [];
  for (const item of items as Record<string, unknown>[]) {
    if (!item || typeof item !== 'object') continue;
    const { value, name, parent } = item;
    if (typeof value !== 'string' || !VALUE_PATTERN.test(value) || typeof name !== 'string' || !name) continue;
    out.push({ value, name, parent: typeof parent === 'string' && parent ? parent : null, tree: value.slice(0, 4) as AdminTree });
  }
  return out;
}

/**
 * The next highlighted option for an arrow key: wraps at both ends, as a native select's
 * popup does not, because the list is short and a wrap saves a long walk back.
 */
export function moveActive(current: number, count: number, step: 1 | -1): number {
  if (count <= 0) return -1;
  if (current < 0) return step === 1 ? 0 : count - 1;
  return (current + step + count) % count;
}

type FetchLike = (input: string, init: { signal: AbortSignal; headers: Record<string, string> }) => Promise<Pick<Response, 'ok' | 'json'>>;

export interface CommuneLookupOptions {
  onState: (state: LookupState) => void;
  fetchImpl?: FetchLike;
  delayMs?: number;
  endpoint?: string;
}

/**
 * Debounced, cancellable commune search. Every keystroke aborts the request in flight, so a
 * slow answer to "da" can never replace the answer to "da kia".
 */
export function createCommuneLookup({ onState, fetchImpl, delayMs = LOOKUP_DELAY_MS, endpoint = '/api/v1/communes' }: CommuneLookupOptions) {
  const doFetch: FetchLike = fetchImpl ?? ((input, init) => fetch(input, init));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | null = null;
  let lastQuery: string | null = null;

  function stop() {
    clearTimeout(timer);
    timer = undefined;
    controller?.abort();
    controller = null;
  }

  async function run(query: string) {
    const own = new AbortController();
    controller = own;
    onState({ status: 'loading', query });
    try {
      const response = await doFetch(`${endpoint}?q=${encodeURIComponent(query)}`, { signal: own.signal, headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`communes lookup failed`);
      const items = parseCommuneMatches(await response.json());
      if (!own.signal.aborted) onState({ status: 'done', query, items });
    } catch {
      if (own.signal.aborted) return;
      // Typing the same text again is how a person retries.
      lastQuery = null;
      onState({ status: 'error', query });
    } finally {
      if (controller === own) controller = null;
    }
  }

  return {
    search(raw: string) {
      const query = normaliseQuery(raw);
      // Typing a space or a caret move changes nothing worth a new request.
      if (query === lastQuery && query !== null) return;
      lastQuery = query;
      stop();
      if (query === null) {
        onState({ status: 'idle' });
        return;
      }
      timer = setTimeout(() => void run(query), delayMs);
    },
    /** Forgets the last query too, so the same text typed again is looked up again. */
    cancel() {
      stop();
      lastQuery = null;
    },
  };
}
