import { expect, type Page } from '@playwright/test';

/** One score per criterion of the decision form (the radio labelled with the number). */
export async function scoreAll(form: ReturnType<Page['getByRole']>, score: number) {
  // One radio of this score per criterion; the radios are visually hidden inside their labelled boxes.
  const radios = form.getByRole('radio', { name: `${score} điểm`, exact: true });
  const count = await radios.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await radios.nth(i).check({ force: true });
}
