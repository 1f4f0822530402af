import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { slugify } from '../../lib/domain/fold';
import { readPdf } from '../../tests/support/pdf';
import { PERSONAS, signIn } from '../auth-helpers';
import { demoByKey, expectNoAxeViolations } from '../fixtures';

// Steps of "the fact sheet downloads → its QR code opens the verify page", each usable on its own or in a longer journey.

/** A demo example with one commendation, which no other journey renames or takes down. */
export const FACT_SHEET_EXAMPLE = demoByKey('to-tiet-kiem-vay-von-binh-giai');
export const FACT_SHEET_SLUG = slugify(FACT_SHEET_EXAMPLE.title);

export interface FactSheetLinks {
  /** What the sheet's first QR code holds: the example's page. */
  pageUrl: string;
  /** What the commendations' QR codes hold. */
  verifyUrls: string[];
}

/**
 * Downloads the fact sheet through the example page's link, as a visitor would, checks it is a named PDF,
 * and returns the addresses its QR codes hold (decoded from the images in the file).
 */
export async function downloadFactSheet(page: Page, slug = FACT_SHEET_SLUG): Promise<FactSheetLinks> {
  await page.goto(`/examples/${slug}`);
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Tải phiếu thông tin (PDF)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`Phiếu thông tin - ${FACT_SHEET_EXAMPLE.title}.pdf`);
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pdf = await readPdf(bytes);
  expect(pdf.pages).toBeLessThanOrEqual(2);
  expect(pdf.text.join(' ').replace(/\s+/g, ' ')).toContain(FACT_SHEET_EXAMPLE.nomineeName);
  const [pageUrl, ...verifyUrls] = pdf.qrCodes.flat();
  expect(new URL(pageUrl!).pathname).toBe(`/examples/${slug}`);
  expect(verifyUrls.length).toBeGreaterThan(0);
  return { pageUrl: pageUrl!, verifyUrls };
}

/**
 * Opens an address a QR code holds, on the server under test (the code's host is the configured SITE_URL),
 * and finds the commendation confirmed, with a link to the example. The page passes axe.
 */
export async function openVerifyPage(page: Page, verifyUrl: string, slug = FACT_SHEET_SLUG) {
  const commendation = FACT_SHEET_EXAMPLE.commendation!;
  const response = await page.goto(new URL(verifyUrl).pathname);
  expect(response!.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xác minh khen thưởng');
  await expect(page.getByRole('status')).toContainText('Khen thưởng này đã được ghi nhận');
  await expect(page.getByText(commendation.decisionNumber, { exact: true })).toBeVisible();
  await expect(page.getByText(commendation.issuer, { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: FACT_SHEET_EXAMPLE.title })).toHaveAttribute('href', `/examples/${slug}`);
  await expectNoAxeViolations(page);
}

/** A code nobody was given: 404, said in Vietnamese, and the same for one of the wrong shape. */
export async function unknownCodeIsNotFound(page: Page) {
  for (const code of ['0000000000000000', 'khong-phai-ma']) {
    const response = await page.goto(`/verify/${code}`);
    expect(response!.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy mã xác minh');
  }
}

/** The admin opens the example's dossier and prints the annex of its commendation: its QR holds `verifyUrl`. */
export async function adminOpensAnnex(page: Page, verifyUrl: string) {
  await signIn(page, PERSONAS.admin);
  await page.goto('/review?tab=approved');
  await page.getByRole('link', { name: FACT_SHEET_EXAMPLE.title }).click();
  const recorded = page.getByRole('region', { name: 'Khen thưởng đã ghi nhận' });
  await recorded.getByRole('link', { name: 'In phụ lục kèm mã QR' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phụ lục xác minh khen thưởng');
  await expect(page.getByRole('img', { name: `Mã QR dẫn tới ${verifyUrl}` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'In phụ lục' })).toBeVisible();
  return page.url();
}
