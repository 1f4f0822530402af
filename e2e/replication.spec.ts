import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';
import {
  REPLICATION_SLUG,
  citizenAsksWithoutJavaScript,
  expectSupportOnPage,
  newRequester,
  reviewerRecordsSupport,
  warmExamplePage,
} from './living/replication-steps';

// Page loads and axe runs are slow on a 2-core machine with the server on it.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

test('the example page shows the support received and the form to ask to learn, accessibly', async ({ page }) => {
  await expectSupportOnPage(page);
  await expect(page.getByRole('heading', { name: 'Đăng ký học tập, nhân rộng mô hình' })).toBeVisible();
  await expectNoAxeViolations(page);
});

// Asking with JavaScript and the unit marking the request contacted are part of e2e/living-example.spec.ts.
test('without JavaScript the form posts from the cached page too', async ({ browser, request, baseURL }) => {
  await warmExamplePage(request);
  await citizenAsksWithoutJavaScript(browser, baseURL!, newRequester('nojs'));
});

test('a reviewer in scope records support on the review page; the public page shows it at once', async ({ page, request }) => {
  await reviewerRecordsSupport(page, request, `Sở Nông nghiệp và Môi trường tỉnh Đồng Nai ${Date.now().toString(36)}`);
});

test('the public API counts requests and lists support, never a contact', async ({ request }) => {
  const body = (await (await request.get(`/api/v1/examples/${REPLICATION_SLUG}`)).json()) as {
    support: { date: string; form: string; provider: string; amountVnd: number }[];
    replicationRequests: number;
  };
  expect(body.replicationRequests).toBeGreaterThan(0);
  expect(body.support.length).toBeGreaterThan(0);
  expect(JSON.stringify(body)).not.toContain('0912 000');
});
