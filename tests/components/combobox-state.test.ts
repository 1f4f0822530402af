import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { comboboxKey, createLookup, lookupMessage, type KeyContext, type LookupState } from '@/components/ui/combobox-state';

const closed: KeyContext = { expanded: false, active: -1, count: 3, hasText: true, canDismiss: false };
const open: KeyContext = { ...closed, expanded: true };

describe('comboboxKey', () => {
  it('opens on an arrow at the end the key points to, and Alt+Down only opens', () => {
    expect(comboboxKey('ArrowDown', false, closed)).toEqual({ outcome: { kind: 'highlight', active: 0 }, preventDefault: true });
    expect(comboboxKey('ArrowUp', false, closed)).toEqual({ outcome: { kind: 'highlight', active: 2 }, preventDefault: true });
    expect(comboboxKey('ArrowDown', true, closed)).toEqual({ outcome: { kind: 'highlight', active: -1 }, preventDefault: true });
  });

  it('moves and wraps within an open list', () => {
    expect(comboboxKey('ArrowDown', false, { ...open, active: 0 }).outcome).toEqual({ kind: 'highlight', active: 1 });
    expect(comboboxKey('ArrowDown', false, { ...open, active: 2 }).outcome).toEqual({ kind: 'highlight', active: 0 });
    expect(comboboxKey('ArrowUp', false, { ...open, active: 0 }).outcome).toEqual({ kind: 'highlight', active: 2 });
  });

  it('leaves arrows to the caret when there is nothing to show', () => {
    expect(comboboxKey('ArrowDown', false, { ...closed, count: 0 })).toEqual({ outcome: { kind: 'none' }, preventDefault: false });
  });

  it('jumps to the ends of the list on Home and End once an option is highlighted, and leaves them to the caret before', () => {
    expect(comboboxKey('Home', false, { ...open, active: 1 })).toEqual({ outcome: { kind: 'highlight', active: 0 }, preventDefault: true });
    expect(comboboxKey('End', false, { ...open, active: 0 })).toEqual({ outcome: { kind: 'highlight', active: 2 }, preventDefault: true });
    expect(comboboxKey('Home', false, open)).toEqual({ outcome: { kind: 'none' }, preventDefault: false });
    expect(comboboxKey('End', false, { ...closed, active: 1 })).toEqual({ outcome: { kind: 'none' }, preventDefault: false });
  });

  it('chooses the highlighted option on Enter, and never lets Enter submit the form', () => {
    expect(comboboxKey('Enter', false, { ...open, active: 1 })).toEqual({ outcome: { kind: 'choose', index: 1 }, preventDefault: true });
    expect(comboboxKey('Enter', false, open)).toEqual({ outcome: { kind: 'none' }, preventDefault: true });
    expect(comboboxKey('Enter', false, { ...closed, active: 1 })).toEqual({ outcome: { kind: 'none' }, preventDefault: true });
    expect(comboboxKey('Enter', false, { ...open, active: 5 }).outcome).toEqual({ kind: 'none' });
  });

  it('steps back on Escape: list, then text, then the editing itself', () => {
    expect(comboboxKey('Escape', false, open)).toEqual({ outcome: { kind: 'close' }, preventDefault: true });
    expect(comboboxKey('Escape', false, closed)).toEqual({ outcome: { kind: 'clear' }, preventDefault: true });
    expect(comboboxKey('Escape', false, { ...closed, hasText: false, canDismiss: true })).toEqual({ outcome: { kind: 'dismiss' }, preventDefault: true });
    // Nothing to undo: Escape goes on to whatever encloses the field (a dialog, say).
    expect(comboboxKey('Escape', false, { ...closed, hasText: false })).toEqual({ outcome: { kind: 'none' }, preventDefault: false });
  });

  it('closes on Tab without choosing or keeping the focus', () => {
    expect(comboboxKey('Tab', false, { ...open, active: 1 })).toEqual({ outcome: { kind: 'close' }, preventDefault: false });
    expect(comboboxKey('Tab', false, closed)).toEqual({ outcome: { kind: 'none' }, preventDefault: false });
    expect(comboboxKey('a', false, open)).toEqual({ outcome: { kind: 'none' }, preventDefault: false });
  });
});

describe('lookupMessage', () => {
  const noMatch = 'Không tìm thấy xã, phường nào';

  it('says nothing before a search and reads out only the count of a list', () => {
    expect(lookupMessage({ status: 'idle' }, { noMatch })).toBeNull();
    expect(lookupMessage({ status: 'done', query: 'da', items: [1, 2, 3, 4, 5] }, { noMatch })).toEqual({
      text: 'Có 5 kết quả',
      screenReaderOnly: true,
      error: false,
    });
  });

  it('shows waiting, nothing found and failure', () => {
    expect(lookupMessage({ status: 'loading', query: 'da' }, { noMatch })).toEqual({ text: 'Đang tìm…', screenReaderOnly: false, error: false });
    expect(lookupMessage({ status: 'done', query: 'zz', items: [] }, { noMatch })).toEqual({ text: noMatch, screenReaderOnly: false, error: false });
    expect(lookupMessage({ status: 'error', query: 'da' }, { noMatch })).toEqual({ text: 'Lỗi mạng, thử lại', screenReaderOnly: false, error: true });
  });

  it('uses the box’s own sentences when it has them', () => {
    const wording = { noMatch: (q: string) => `Không có xã, phường nào tên “${q}”.`, found: (n: number) => `${n} xã, phường phù hợp`, failed: 'Chưa tìm được' };
    expect(lookupMessage({ status: 'done', query: 'zz', items: [] }, wording)!.text).toBe('Không có xã, phường nào tên “zz”.');
    expect(lookupMessage({ status: 'done', query: 'da', items: [1, 2] }, wording)).toEqual({
      text: '2 xã, phường phù hợp',
      screenReaderOnly: true,
      error: false,
    });
    expect(lookupMessage({ status: 'error', query: 'da' }, wording)).toEqual({ text: 'Chưa tìm được', screenReaderOnly: false, error: true });
  });

  it('is written in composed (NFC) Vietnamese', () => {
    const states: LookupState<number>[] = [
      { status: 'loading', query: 'x' },
      { status: 'error', query: 'x' },
      { status: 'done', query: 'x', items: [1] },
    ];
    for (const state of states) {
      const text = lookupMessage(state, { noMatch })!.text;
      expect(text).toBe(text.normalize('NFC'));
    }
  });
});

describe('createLookup', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const jsonResponse = (body: unknown, ok = true) => ({ ok, json: async () => body });

  function setup(fetchImpl: NonNullable<Parameters<typeof createLookup<string>>[0]['fetchImpl']>) {
    const states: LookupState<string>[] = [];
    const lookup = createLookup<string>({
      url: (q) => `/api/x?q=${encodeURIComponent(q)}&limit=8`,
      parse: (body) => (body as { items: string[] }).items,
      onState: (s) => states.push(s),
      fetchImpl,
    });
    return { lookup, states };
  }

  it('waits for a pause in typing, then asks once with the built URL', async () => {
    const fetchImpl = vi.fn(async (_url: string) => jsonResponse({ items: ['a'] }));
    const { lookup, states } = setup(fetchImpl);
    lookup.search('ng');
    await vi.advanceTimersByTimeAsync(100);
    lookup.search('ngân hàng');
    await vi.advanceTimersByTimeAsync(249);
    expect(fetchImpl).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect(fetchImpl.mock.calls[0]![0]).toBe('/api/x?q=ng%C3%A2n%20h%C3%A0ng&limit=8');
    expect(states.at(-1)).toEqual({ status: 'done', query: 'ngân hàng', items: ['a'] });
  });

  it('aborts the request in flight, so a late answer never wins', async () => {
    const signals: AbortSignal[] = [];
    const resolvers: ((value: ReturnType<typeof jsonResponse>) => void)[] = [];
    const fetchImpl = vi.fn(
      (_url: string, init: { signal: AbortSignal }) =>
        new Promise<ReturnType<typeof jsonResponse>>((resolve) => {
          signals.push(init.signal);
          resolvers.push(resolve);
        }),
    );
    const { lookup, states } = setup(fetchImpl);
    lookup.search('bo');
    await vi.advanceTimersByTimeAsync(250);
    lookup.search('bo sua');
    expect(signals[0]!.aborted).toBe(true);
    await vi.advanceTimersByTimeAsync(250);
    resolvers[1]!(jsonResponse({ items: ['new'] }));
    resolvers[0]!(jsonResponse({ items: ['old'] }));
    await vi.advanceTimersByTimeAsync(0);
    expect(states.filter((s) => s.status === 'done')).toEqual([{ status: 'done', query: 'bo sua', items: ['new'] }]);
  });

  it('skips one letter, reports failures, and asks again for the same text after one', async () => {
    const fetchImpl = vi.fn(async () => jsonResponse({}, false));
    const { lookup, states } = setup(fetchImpl);
    lookup.search('b');
    await vi.advanceTimersByTimeAsync(1000);
    expect(fetchImpl).not.toHaveBeenCalled();
    expect(states).toEqual([{ status: 'idle' }]);
    lookup.search('bo');
    await vi.advanceTimersByTimeAsync(250);
    expect(states.at(-1)).toEqual({ status: 'error', query: 'bo' });
    lookup.search('bo');
    await vi.advanceTimersByTimeAsync(250);
    expect(fetchImpl).toHaveBeenCalledTimes(2);
  });

  it('treats an unreadable body as a failure, and stops everything on cancel', async () => {
    const fetchImpl = vi.fn(async () => ({
      ok: true,
      json: async () => {
        throw new SyntaxError('not json');
      },
    }));
    const { lookup, states } = setup(fetchImpl);
    lookup.search('bo');
    await vi.advanceTimersByTimeAsync(250);
    expect(states.at(-1)).toEqual({ status: 'error', query: 'bo' });
    lookup.search('bo sua');
    lookup.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });
});
