import { expect } from 'vitest';

// Vitest types its asymmetric matchers as `any`, so that they fit any slot of an expected object, which the
// no-unsafe-* rules rightly refuse. These are the same matchers, typed as the string they stand in for.

export const stringMatching = (expected: string | RegExp) => expect.stringMatching(expected) as string;

export const stringContaining = (expected: string) => expect.stringContaining(expected) as string;

/** Any string at all: for a message whose wording another test pins down. */
export const anyString = () => expect.any(String) as string;
