import { test } from '@playwright/test';
import { DUC_HANH, publicSeesVersion2, publicStillSeesOriginal, reviewerApprovesUpdate, unitProposesUpdate } from './living/versions-steps';

test.describe.configure({ mode: 'serial' });

test('an approved example is updated as version 2: the live one stays until the deciding level approves', async ({ page, request }) => {
  test.setTimeout(180_000);
  await unitProposesUpdate(page, DUC_HANH);
  await publicStillSeesOriginal(page, DUC_HANH);
  await reviewerApprovesUpdate(page, DUC_HANH);
  await publicSeesVersion2(page, request, DUC_HANH);
});
