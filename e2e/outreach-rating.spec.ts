import { expect, test } from '@playwright/test';
import { cachedAnswer } from './fixtures';
import { RATING_SLUG, readerRatesExample } from './outreach/rating-steps';

// The JavaScript path (one submit, axe on the page) runs in the outreach journey (outreach-journey.spec.ts).
// Page loads and axe runs are slow on a 2-core machine with the server on it.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

test('without JavaScript a reader rates in two submits; the average takes it in and the page cache keeps its page', async ({ browser, request, baseURL }) => {
  await cachedAnswer(request, `/examples/${RATING_SLUG}`);
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  try {
    const { before, after } = await readerRatesExample(await context.newPage(), { stars: 5, javaScript: false });
    // Seeded at 3,5 from 4 readers: a five moves it up to 3,8 (later runs keep moving it up, never down).
    expect(after.average!).toBeGreaterThan(before.average!);
  } finally {
    await context.close();
  }
  // A rating is not a change of public data: the cached page stays cached.
  expect((await request.get(`/examples/${RATING_SLUG}`)).headers()['x-gs-cache']).toBe('hit');
});
