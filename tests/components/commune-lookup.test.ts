import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { countActiveFilters } from '@/components/examples/active-filter-count';
import { communeSource, parseCommuneMatches, type CommuneMatch } from '@/components/communes/commune-source';
import { createLookup, moveActive, normaliseQuery, type LookupState } from '@/components/ui/combobox-state';

const DA_KIA = { code: '25231', value: '2025:25231', name: 'Xã Đa Kia', parent: 'Tỉnh Đồng Nai', tree: '2025', treeLabel: '…' };

function jsonResponse(body: unknown, ok = true) {
  return { ok, json: async () => body };
}

describe('normaliseQuery', () => {
  it('needs two letters or digits, whatever the spacing and symbols', () => {
    expect(normaliseQuery('d')).toBeNull();
    expect(normaliseQuery(' %_ ')).toBeNull();
    expect(normaliseQuery('  da   kia ')).toBe('da kia');
    expect(normaliseQuery('Đa')).toBe('Đa');
  });

  it('sends NFC text and stays within the endpoint limit', () => {
    expect(normaliseQuery('Đa Kia'.normalize('NFD'))).toBe('Đa Kia');
    expect(normaliseQuery('x'.repeat(500))).toHaveLength(100);
  });
});

describe('parseCommuneMatches', () => {
  it('keeps the value format of the commune select and the tree', () => {
    expect(parseCommuneMatches({ items: [DA_KIA] })).toEqual([{ value: '2025:25231', name: 'Xã Đa Kia', parent: 'Tỉnh Đồng Nai', tree: '2025' }]);
  });

  it('drops malformed items and refuses a body without items', () => {
    expect(
      parseCommuneMatches({
        items: [{ ...DA_KIA, value: '25231' }, null, { value: '2024:25267', name: '' }, { value: '2024:25267', name: 'Xã Phú Nghĩa', parent: null }],
      }),
    ).toEqual([{ value: '2024:25267', name: 'Xã Phú Nghĩa', parent: null, tree: '2024' }]);
    expect(() => parseCommuneMatches({ error: { code: 'invalid_q' } })).toThrow();
  });
});

describe('moveActive', () => {
  it('wraps at both ends and starts from the end the key points to', () => {
    expect(moveActive(-1, 3, 1)).toBe(0);
    expect(moveActive(-1, 3, -1)).toBe(2);
    expect(moveActive(2, 3, 1)).toBe(0);
    expect(moveActive(0, 3, -1)).toBe(2);
    expect(moveActive(0, 0, 1)).toBe(-1);
  });
});

describe('the commune lookup (createLookup over communeSource)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(fetchImpl: Parameters<typeof createLookup<CommuneMatch>>[0]['fetchImpl']) {
    const states: LookupState<CommuneMatch>[] = [];
    const lookup = createLookup({ ...communeSource, onState: (s) => states.push(s), fetchImpl });
    return { lookup, states };
  }

  it('waits for a pause in typing and asks once, for the last text', async () => {
    const fetchImpl = vi.fn(async (_url: string) => jsonResponse({ items: [DA_KIA] }));
    const { lookup, states } = setup(fetchImpl);
    lookup.search('da');
    await vi.advanceTimersByTimeAsync(100);
    lookup.search('da k');
    await vi.advanceTimersByTimeAsync(100);
    lookup.search('da kia');
    await vi.advanceTimersByTimeAsync(249);
    expect(fetchImpl).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect(fetchImpl.mock.calls[0]![0]).toBe('/api/v1/communes?q=da%20kia');
    expect(states.at(-1)).toEqual({ status: 'done', query: 'da kia', items: [expect.objectContaining({ name: 'Xã Đa Kia' })] });
  });

  it('aborts the request in flight when the text changes, so a late answer never wins', async () => {
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
    lookup.search('da');
    await vi.advanceTimersByTimeAsync(250);
    lookup.search('da kia');
    expect(signals[0]!.aborted).toBe(true);
    await vi.advanceTimersByTimeAsync(250);
    resolvers[1]!(jsonResponse({ items: [DA_KIA] }));
    resolvers[0]!(jsonResponse({ items: [] }));
    await vi.advanceTimersByTimeAsync(0);
    const done = states.filter((s) => s.status === 'done');
    expect(done).toEqual([{ status: 'done', query: 'da kia', items: [expect.objectContaining({ value: '2025:25231' })] }]);
  });

  it('sends nothing for one letter, and reports a failed request so it can be retried', async () => {
    const fetchImpl = vi.fn(async () => jsonResponse({ error: {} }, false));
    const { lookup, states } = setup(fetchImpl);
    lookup.search('d');
    await vi.advanceTimersByTimeAsync(1000);
    expect(fetchImpl).not.toHaveBeenCalled();
    expect(states).toEqual([{ status: 'idle' }]);
    lookup.search('da kia');
    await vi.advanceTimersByTimeAsync(250);
    expect(states.at(-1)).toEqual({ status: 'error', query: 'da kia' });
    lookup.search('da kia ');
    await vi.advanceTimersByTimeAsync(250);
    expect(fetchImpl).toHaveBeenCalledTimes(2);
  });

  it('stops everything on cancel', async () => {
    const fetchImpl = vi.fn(async () => jsonResponse({ items: [] }));
    const { lookup } = setup(fetchImpl);
    lookup.search('da kia');
    lookup.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    expect(fetchImpl).not.toHaveBeenCalled();
  });
});

describe('countActiveFilters', () => {
  it('counts the folded filters, the three area levels as one, and leaves out the words and the order', () => {
    expect(countActiveFilters({})).toBe(0);
    expect(countActiveFilters({ q: 'bò', sort: 'newest' })).toBe(0);
    expect(countActiveFilters({ province: { tree: '2024', code: '70' }, district: '691', commune: { tree: '2024', code: '25267' } })).toBe(1);
    expect(countActiveFilters({ commune: { tree: '2025', code: '25231' }, year: 2023, kind: 'model', field: 'credit', campaign: 'x' })).toBe(5);
  });
});
