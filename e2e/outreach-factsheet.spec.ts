import { expect, test } from '@playwright/test';
import { PERSONAS, signIn } from './auth-helpers';
import { adminOpensAnnex, downloadFactSheet, openVerifyPage, unknownCodeIsNotFound } from './outreach/factsheet-steps';

// Issue 18, parts 4 and 6: the fact sheet downloads from the example page, and its QR codes lead to the
// example and to the verify page of its commendation; the admin prints the annex with the same code.
test('the fact sheet downloads, its QR opens the verify page, and only the admin prints the annex', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const sheet = await downloadFactSheet(page);
  await openVerifyPage(page, sheet.verifyUrls[0]!);
  await unknownCodeIsNotFound(page);

  const annex = new URL(await adminOpensAnnex(page, sheet.verifyUrls[0]!)).pathname;
  // A reviewer may not print it; an anonymous visitor is sent to sign in.
  const reviewer = await browser.newPage();
  await signIn(reviewer, PERSONAS.reviewerIn);
  expect((await reviewer.goto(annex))!.status()).toBe(403);
  await reviewer.close();
  const anonymous = await browser.newPage();
  await anonymous.goto(annex);
  await expect(anonymous).toHaveURL(/\/login\?next=/);
  await anonymous.close();
});
