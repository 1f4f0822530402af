import { expect, test } from '@playwright/test';
import { publicSeesFollowUp, reviewerConfirmsFollowUp, unitFilesFollowUp, vietnamYear } from './living/follow-up-steps';
import { citizenAsksToLearn, newRequester, readRequestCount, unitMarksContacted, warmExamplePage } from './living/replication-steps';
import { unitAddsFollowUpPhoto, unitAddsUpdatePhoto } from './living/photo-steps';
import { DUC_HANH, publicSeesVersion2, publicStillSeesOriginal, reviewerApprovesUpdate, unitProposesUpdate } from './living/versions-steps';

test.describe.configure({ mode: 'serial' });

const UPDATE_PHOTO = 'Kho điều mới của hợp tác xã năm 2026';
const FOLLOW_UP_PHOTO = 'Hộ mới nhận cây điều giống';

// Issue 17's journey on one example: corrected as version 2, followed up a year on, asked about by a citizen.
test('a living example: update → approval → version 2 and history → follow-up on the chart → a citizen asks to learn → contacted', async ({
  page,
  request,
}) => {
  test.setTimeout(360_000);
  await unitProposesUpdate(page, DUC_HANH);
  await unitAddsUpdatePhoto(page, DUC_HANH.title, UPDATE_PHOTO);
  await publicStillSeesOriginal(page, DUC_HANH);
  await expect(page.getByRole('img', { name: UPDATE_PHOTO })).toHaveCount(0);
  await reviewerApprovesUpdate(page, DUC_HANH);
  await publicSeesVersion2(page, request, DUC_HANH);
  // The proposal's photo joined the gallery with version 2, and the history says so.
  await expect(page.getByRole('img', { name: UPDATE_PHOTO })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Lịch sử cập nhật' })).toContainText('thêm 1 ảnh');

  // From here on the example goes by its new title and slug.
  const slug = new URL(page.url()).pathname.replace('/examples/', '');
  const example = { title: DUC_HANH.newTitle, slug, householdsEscaped: Number(DUC_HANH.householdsEscaped) };
  const figures = {
    year: vietnamYear(),
    status: 'Đã mở rộng' as const,
    stillOut: 29,
    fellBack: 1,
    newHouseholds: 12,
    note: 'Bao tiêu thêm cho 12 hộ ở hai thôn mới.',
  };
  await unitFilesFollowUp(page, figures, example);
  await unitAddsFollowUpPhoto(page, example.title, figures.year, FOLLOW_UP_PHOTO);
  await reviewerConfirmsFollowUp(page, figures.year, example);
  await publicSeesFollowUp(page, figures, example);
  await expect(page.getByRole('region', { name: 'Theo dõi sau công nhận' }).getByText(`Năm ${figures.year}: ${FOLLOW_UP_PHOTO}`)).toBeVisible();

  const requester = newRequester('journey');
  await warmExamplePage(request, slug);
  await page.goto(`/examples/${slug}`);
  const before = await readRequestCount(page);
  await warmExamplePage(request, slug);
  await citizenAsksToLearn(page, requester, slug);
  await page.goto(`/examples/${slug}`);
  expect(await readRequestCount(page)).toBe(before + 1);
  await unitMarksContacted(page, requester, { title: example.title });
});
