import { test } from '@playwright/test';
import { reviewerSeesOverdueReport } from './living/follow-up-steps';

// Filing, confirming and charting a follow-up is part of the living-example journey (e2e/living-example.spec.ts).
test('the reviewer lists the examples that went quiet', async ({ page }) => {
  await reviewerSeesOverdueReport(page);
});
