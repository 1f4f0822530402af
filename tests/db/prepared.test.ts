import { describe, expect, it } from 'vitest';
import type { Executor } from '@/db/client';
import { preparedOnce } from '@/db/prepared';

describe('a query prepared once', () => {
  it('is built on its first use by each database, and the same object is used after that', () => {
    const [first, second] = [{}, {}] as unknown as Executor[];
    let built = 0;
    const build = (label: string) => () => ({ label, n: ++built });
    const a = preparedOnce(first!, 'q', build('a'));
    expect(preparedOnce(first!, 'q', build('other'))).toBe(a);
    expect(preparedOnce(second!, 'q', build('b'))).toEqual({ label: 'b', n: 2 });
    expect(preparedOnce(first!, 'r', build('c'))).toEqual({ label: 'c', n: 3 });
    expect(built).toBe(3);
  });

  it('hands its builder the statement name, so a caller spells it once', () => {
    const db = {} as unknown as Executor;
    expect(preparedOnce(db, 'example-honours', (statement) => statement)).toBe('example_honours');
    expect(preparedOnce(db, 'follow-ups-all', (statement) => statement)).toBe('follow_ups_all');
  });
});
