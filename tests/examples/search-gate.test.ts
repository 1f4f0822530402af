import { describe, expect, it } from 'vitest';
import { createSearchGate, SearchBusyError } from '@/lib/examples/search-gate';

/** A search that ends when the test says so. */
function pending() {
  let finish!: (value: string) => void;
  let fail!: (error: Error) => void;
  const done = new Promise<string>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return { done, finish, fail };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('the search gate', () => {
  it('runs a few searches at once and the others in the order they came', async () => {
    const gate = createSearchGate({ concurrent: 2, maxWaiting: 10 });
    const searches = Array.from({ length: 5 }, pending);
    const started: number[] = [];
    const results = searches.map((search, i) =>
      gate.run(() => {
        started.push(i);
        return search.done;
      }),
    );
    const firstOutcome = results[0]!.catch((error: Error) => error.message);
    await tick();
    expect(started).toEqual([0, 1]);
    expect(gate.load()).toEqual({ running: 2, waiting: 3 });

    searches[1]!.finish('b');
    await tick();
    expect(started).toEqual([0, 1, 2]);
    searches[0]!.fail(new Error('statement timeout'));
    await tick();
    expect(started).toEqual([0, 1, 2, 3]);
    searches[2]!.finish('c');
    searches[3]!.finish('d');
    await tick();
    searches[4]!.finish('e');
    await expect(firstOutcome).resolves.toBe('statement timeout');
    await expect(Promise.all(results.slice(1))).resolves.toEqual(['b', 'c', 'd', 'e']);
    expect(gate.load()).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses a search in Vietnamese when too many are waiting, and takes more once they pass', async () => {
    const gate = createSearchGate({ concurrent: 1, maxWaiting: 1 });
    const first = pending();
    const second = pending();
    const running = gate.run(() => first.done);
    const queued = gate.run(() => second.done);
    await expect(gate.run(async () => 'third')).rejects.toBeInstanceOf(SearchBusyError);
    await expect(gate.run(async () => 'third')).rejects.toThrow('Vui lòng thử lại sau ít giây');
    first.finish('a');
    second.finish('b');
    await expect(Promise.all([running, queued])).resolves.toEqual(['a', 'b']);
    await expect(gate.run(async () => 'fourth')).resolves.toBe('fourth');
    expect(gate.load()).toEqual({ running: 0, waiting: 0 });
  });
});
