import { test } from '@playwright/test';
import {
  publicSeesFollowUp,
  reviewerConfirmsFollowUp,
  reviewerSeesOverdueReport,
  unitFilesFollowUp,
  vietnamYear,
  type FollowUpFigures,
} from './living/follow-up-steps';

test.describe.configure({ mode: 'serial' });

test('the unit files a yearly follow-up, the reviewer confirms it, the example page charts it', async ({ page }) => {
  test.setTimeout(120_000);
  const figures: FollowUpFigures = {
    year: vietnamYear(),
    status: 'Đã mở rộng',
    stillOut: 17,
    fellBack: 2,
    newHouseholds: 7,
    note: 'Thêm 7 hộ nhận bò luân chuyển; 2 hộ tái nghèo do thiên tai.',
  };
  await unitFilesFollowUp(page, figures);
  await reviewerConfirmsFollowUp(page, figures.year);
  await publicSeesFollowUp(page, figures);
});

test('the reviewer lists the examples that went quiet', async ({ page }) => {
  await reviewerSeesOverdueReport(page);
});
