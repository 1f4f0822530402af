import { expect, type Locator, type Page } from '@playwright/test';
import { slugify } from '../../lib/domain/fold';
import { demoByKey } from '../fixtures';

// The reader's rating, as a step a longer outreach journey can chain. Works with JavaScript on or off: without
// it, a first rating takes two submits (the second confirms, once the browser holds the reader cookie).

/** A demo example with few ratings (db/seed/demo-outreach.ts), so one more moves its average visibly. */
export const RATING_EXAMPLE = demoByKey('to-hop-tac-cao-su-binh-ha');
export const RATING_SLUG = slugify(RATING_EXAMPLE.title);

export interface RatingFigures {
  average: number | null;
  count: number;
}

/** "★ 3,5 – 4 lượt đánh giá" as the rating form shows it (the screen-reader words included). */
export async function readRatingFigures(form: Locator): Promise<RatingFigures> {
  const text = (await form.locator('p').first().textContent()) ?? '';
  const match = text.match(/(\d+,\d)[^–]*– ([\d.]+) lượt đánh giá/);
  if (!match) return { average: null, count: 0 };
  return { average: Number(match[1]!.replace(',', '.')), count: Number(match[2]!.replace(/\./g, '')) };
}

/**
 * A reader who has not rated this example yet gives it `stars` on its public page; the form then shows the
 * new count and an average that takes the rating in. Returns the figures before and after.
 */
export async function readerRatesExample(page: Page, { stars, javaScript, slug = RATING_SLUG }: { stars: number; javaScript: boolean; slug?: string }) {
  await page.goto(`/examples/${slug}`);
  const form = page.getByRole('form', { name: 'Gửi đánh giá' });
  await expect(form.getByRole('group', { name: 'Bạn đánh giá điển hình này bao nhiêu sao?' })).toBeVisible();
  const before = await readRatingFigures(form);
  await form.getByText(`${stars} sao`, { exact: true }).click();
  await expect(form.getByRole('radio', { name: `${stars} sao` })).toBeChecked();
  await form.getByRole('button', { name: 'Gửi đánh giá' }).click();
  if (!javaScript) {
    // The page came back with the reader cookie and the same choice, asking for one more submit.
    await expect(form.getByRole('status')).toContainText(`Bấm “Xác nhận đánh giá” để ghi nhận ${stars} sao.`);
    await expect(form.getByRole('radio', { name: `${stars} sao` })).toBeChecked();
    await form.getByRole('button', { name: 'Xác nhận đánh giá' }).click();
  }
  await expect(form.getByRole('status')).toHaveText(`Cảm ơn bạn đã đánh giá ${stars} sao.`);
  const after = await readRatingFigures(form);
  // The page may have come from the cache, a few minutes old: others may have rated meanwhile, never fewer.
  expect(after.count).toBeGreaterThan(before.count);
  expect(after.average).not.toBeNull();
  return { before, after };
}
