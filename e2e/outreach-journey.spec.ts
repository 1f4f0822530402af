import { expect, test } from '@playwright/test';
import { PERSONAS, signIn, signOut } from './auth-helpers';
import { cardAndApiCountComments, moderatorPublishes, newReader, publicSeesComment, readerComments } from './outreach/comment-steps';
import { adminOpensAnnex, downloadFactSheet, FACT_SHEET_EXAMPLE, FACT_SHEET_SLUG, openVerifyPage, unknownCodeIsNotFound } from './outreach/factsheet-steps';
import { readerRatesExample } from './outreach/rating-steps';
import { expectNoAxeViolations } from './fixtures';

test.describe.configure({ mode: 'serial' });

// Issue 18's journey on one commended example: a reader rates and comments → the comment is moderated and
// shows → the fact sheet downloads → its QR's address opens the verify page; only the admin prints the annex.
test('a reader rates and comments → moderated, the comment shows → the fact sheet downloads → its QR opens the verify page', async ({
  page,
  request,
  browser,
}) => {
  test.setTimeout(300_000);
  await readerRatesExample(page, { stars: 5, javaScript: true, slug: FACT_SHEET_SLUG });
  await expectNoAxeViolations(page);

  const reader = newReader('hanh-trinh');
  await readerComments(page, request, reader, FACT_SHEET_SLUG);
  await moderatorPublishes(page, reader, { persona: PERSONAS.admin });
  await signOut(page);
  await publicSeesComment(page, reader, FACT_SHEET_SLUG);
  await cardAndApiCountComments(page, request, 1, { slug: FACT_SHEET_SLUG, title: FACT_SHEET_EXAMPLE.title });

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
