// The framework-free half of the type-ahead box: what a query is, how a lookup runs, what a key
// does and what the status line says. components/ui/use-combobox.ts wires it to React.

const MIN_QUERY_LETTERS = 2;
const LOOKUP_DELAY_MS = 250;
/** The lookup endpoints refuse longer queries with a 400. */
export const MAX_QUERY_LENGTH = 100;

export type LookupState<T> =
  { status: 'idle' } | { status: 'loading'; query: string } | { status: 'done'; query: string; items: T[] } | { status: 'error'; query: string };

/** What one box looks up: the adapter's half of a lookup. */
export interface LookupSource<T> {
  url: (query: string) => string;
  /** Throws on a body that is not an answer; drops malformed items. */
  parse: (body: unknown) => T[];
}

export interface Lookup {
  search(raw: string): void;
  /** Forgets the last query too, so the same text typed again is looked up again. */
  cancel(): void;
}

/** The query as it will be sent, or null when it has too few letters to be worth a request. */
export function normaliseQuery(raw: string): string | null {
  const query = raw.normalize('NFC').trim().replace(/\s+/g, ' ').slice(0, MAX_QUERY_LENGTH);
  // The servers drop punctuation before matching, so "%_" alone would only return nothing.
  const letters = query.replace(/[^\p{L}\p{N}]/gu, '');
  return letters.length >= MIN_QUERY_LETTERS ? query : null;
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

interface LookupOptions<T> extends LookupSource<T> {
  onState: (state: LookupState<T>) => void;
  fetchImpl?: FetchLike;
  delayMs?: number;
}

/**
 * Debounced, cancellable lookup. Every keystroke aborts the request in flight, so a slow
 * answer to "da" can never replace the answer to "da kia".
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
    cancel() {
      stop();
      lastQuery = null;
    },
  };
}

export interface KeyContext {
  expanded: boolean;
  active: number;
  count: number;
  hasText: boolean;
  /** Whether Escape on an empty, closed box has something to go back to. */
  canDismiss: boolean;
}

type KeyOutcome =
  { kind: 'highlight'; active: number } | { kind: 'choose'; index: number } | { kind: 'close' } | { kind: 'clear' } | { kind: 'dismiss' } | { kind: 'none' };

const NOTHING = { outcome: { kind: 'none' }, preventDefault: false } as const;

/** What a key does in the type-ahead box (ARIA 1.2 combobox with a listbox popup, manual selection). */
export function comboboxKey(key: string, altKey: boolean, ctx: KeyContext): { outcome: KeyOutcome; preventDefault: boolean } {
  switch (key) {
    case 'ArrowDown':
    case 'ArrowUp': {
      if (ctx.count === 0) return NOTHING;
      const step = key === 'ArrowDown' ? 1 : -1;
      // Alt+Down only opens the list, as in a native select.
      const active = ctx.expanded ? moveActive(ctx.active, ctx.count, step) : altKey ? -1 : moveActive(-1, ctx.count, step);
      return { outcome: { kind: 'highlight', active }, preventDefault: true };
    }
    case 'Home':
    case 'End':
      // Once an option is highlighted the person is moving through the list, so the keys jump to
      // its ends, as in a listbox; before that they move the caret in the text, as in any box.
      if (!ctx.expanded || ctx.active < 0 || ctx.count === 0) return NOTHING;
      return { outcome: { kind: 'highlight', active: key === 'Home' ? 0 : ctx.count - 1 }, preventDefault: true };
    case 'Enter':
      // The box itself posts nothing: letting Enter through would submit the whole form.
      return {
        outcome: ctx.expanded && ctx.active >= 0 && ctx.active < ctx.count ? { kind: 'choose', index: ctx.active } : { kind: 'none' },
        preventDefault: true,
      };
    case 'Escape':
      if (ctx.expanded) return { outcome: { kind: 'close' }, preventDefault: true };
      if (ctx.hasText) return { outcome: { kind: 'clear' }, preventDefault: true };
      if (ctx.canDismiss) return { outcome: { kind: 'dismiss' }, preventDefault: true };
      return NOTHING;
    case 'Tab':
      return { outcome: ctx.expanded ? { kind: 'close' } : { kind: 'none' }, preventDefault: false };
    default:
      return NOTHING;
  }
}

/** The sentences of one box's status line; each box names what it looks for. */
export interface LookupWording {
  /** Shown when a search finds nothing. */
  noMatch: string | ((query: string) => string);
  /** Read out when a search finds something; "Có 5 kết quả" unless the box says otherwise. */
  found?: (count: number) => string;
  /** Shown when a lookup fails; "Lỗi mạng, thử lại" unless the box says otherwise. */
  failed?: string;
}

export interface LookupMessage {
  text: string;
  /** Sighted users already see the list, so its size is only read out. */
  screenReaderOnly: boolean;
  error: boolean;
}

/** The live status line for a lookup. */
export function lookupMessage(state: LookupState<unknown>, wording: LookupWording): LookupMessage | null {
  switch (state.status) {
    case 'idle':
      return null;
    case 'loading':
      return { text: 'Đang tìm…', screenReaderOnly: false, error: false };
    case 'error':
      return { text: wording.failed ?? 'Lỗi mạng, thử lại', screenReaderOnly: false, error: true };
    case 'done':
      if (state.items.length > 0) {
        return { text: wording.found ? wording.found(state.items.length) : `Có ${state.items.length} kết quả`, screenReaderOnly: true, error: false };
      }
      return { text: typeof wording.noMatch === 'string' ? wording.noMatch : wording.noMatch(state.query), screenReaderOnly: false, error: false };
  }
}
