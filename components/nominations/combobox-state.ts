import { LOOKUP_DELAY_MS, moveActive, normaliseQuery } from '@/components/examples/commune-lookup';

export type LookupState<T> =
  { status: 'idle' } | { status: 'loading'; query: string } | { status: 'done'; query: string; items: T[] } | { status: 'error'; query: string };

export interface Lookup {
  search(raw: string): void;
  cancel(): void;
}

export interface KeyContext {
  expanded: boolean;
  active: number;
  count: number;
  hasText: boolean;
  /** Whether Escape on an empty, closed box has something to go back to. */
  canDismiss: boolean;
}

export type KeyOutcome =
  { kind: 'highlight'; active: number } | { kind: 'choose'; index: number } | { kind: 'close' } | { kind: 'clear' } | { kind: 'dismiss' } | { kind: 'none' };

/** What a key does in the type-ahead box (ARIA combobox with a listbox popup, manual selection). */
export function comboboxKey(key: string, altKey: boolean, ctx: KeyContext): { outcome: KeyOutcome; preventDefault: boolean } {
  switch (key) {
    case 'ArrowDown':
    case 'ArrowUp': {
      if (ctx.count === 0) return { outcome: { kind: 'none' }, preventDefault: false };
      const step = key === 'ArrowDown' ? 1 : -1;
      // Alt+Down only opens the list, as in a native select.
      const active = ctx.expanded ? moveActive(ctx.active, ctx.count, step) : altKey ? -1 : moveActive(-1, ctx.count, step);
      return { outcome: { kind: 'highlight', active }, preventDefault: true };
    }
    case 'Enter':
      // The box itself posts nothing: letting Enter through would submit the whole nomination.
      return {
        outcome: ctx.expanded && ctx.active >= 0 && ctx.active < ctx.count ? { kind: 'choose', index: ctx.active } : { kind: 'none' },
        preventDefault: true,
      };
    case 'Escape':
      if (ctx.expanded) return { outcome: { kind: 'close' }, preventDefault: true };
      if (ctx.hasText) return { outcome: { kind: 'clear' }, preventDefault: true };
      if (ctx.canDismiss) return { outcome: { kind: 'dismiss' }, preventDefault: true };
      return { outcome: { kind: 'none' }, preventDefault: false };
    case 'Tab':
      return { outcome: ctx.expanded ? { kind: 'close' } : { kind: 'none' }, preventDefault: false };
    default:
      return { outcome: { kind: 'none' }, preventDefault: false };
  }
}

export interface LookupMessage {
  text: string;
  /** Sighted users already see the list, so its size is only read out. */
  screenReaderOnly: boolean;
  error: boolean;
}

/** The live status line for a lookup; `noMatch` names what was not found. */
export function lookupMessage(state: LookupState<unknown>, noMatch: string): LookupMessage | null {
  switch (state.status) {
    case 'idle':
      return null;
    case 'loading':
      return { text: 'Đang tìm…', screenReaderOnly: false, error: false };
    case 'error':
      return { text: 'Lỗi mạng, thử lại', screenReaderOnly: false, error: true };
    case 'done':
      return state.items.length === 0
        ? { text: noMatch, screenReaderOnly: false, error: false }
        : { text: `Có ${state.items.length} kết quả`, screenReaderOnly: true, error: false };
  }
}

type FetchLike = (input: string, init: { signal: AbortSignal; headers: Record<string, string> }) => Promise<Pick<Response, 'ok' | 'json'>>;

export interface LookupOptions<T> {
  url: (query: string) => string;
  parse: (body: unknown) => T[];
  onState: (state: LookupState<T>) => void;
  fetchImpl?: FetchLike;
  delayMs?: number;
}

/**
 * The same debounce-and-abort contract as createCommuneLookup, for endpoints whose URL or
 * items differ: a slow answer to an earlier text can never replace the answer to the latest.
 */
export function createLookup<T>({ url, parse, onState, fetchImpl, delayMs = LOOKUP_DELAY_MS }: LookupOptions<T>): Lookup {
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
      const response = await doFetch(url(query), { signal: own.signal, headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error('lookup failed');
      const items = parse(await response.json());
      if (!own.signal.aborted) onState({ status: 'done', query, items });
    } catch {
      if (own.signal.aborted) return;
      // Typing the same text again is one way to retry.
      lastQuery = null;
      onState({ status: 'error', query });
    } finally {
      if (controller === own) controller = null;
    }
  }

  return {
    search(raw) {
      const query = normaliseQuery(raw);
      if (query === lastQuery && query !== null) return;
      lastQuery = query;
      stop();
      if (query === null) {
        onState({ status: 'idle' });
        return;
      }
      timer = setTimeout(() => void run(query), delayMs);
    },
    cancel() {
      stop();
      lastQuery = null;
    },
  };
}
