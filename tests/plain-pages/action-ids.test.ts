import { describe, expect, it } from 'vitest';
import { readActionIds } from '@/lib/plain-pages/action-ids';

describe("the build's action ids", () => {
  it('are found by source file and export name', () => {
    const manifest = {
      node: {
        '603465f8': { workers: {}, filename: 'app/(public)/examples/[slug]/rating-actions.ts', exportedName: 'rateExampleAction' },
        '6092807f': { workers: {}, filename: 'app/(public)/examples/[slug]/comment-actions.ts', exportedName: 'submitCommentAction' },
        // An entry without a source file name (older builds) is left out rather than guessed.
        '70e158c3': { workers: {} },
      },
      edge: {},
    };
    const ids = readActionIds(JSON.stringify(manifest));
    expect(ids.get('app/(public)/examples/[slug]/rating-actions.ts#rateExampleAction')).toBe('603465f8');
    expect(ids.get('app/(public)/examples/[slug]/comment-actions.ts#submitCommentAction')).toBe('6092807f');
    expect(ids.size).toBe(2);
  });
});
