import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';
import { PERSONAS, signIn } from './auth-helpers';

test('wrong credentials get one message that does not say whether the email exists', async ({ browser }) => {
  // Its own address, so these failures never throttle the other tests' sign-ins.
  const context = await browser.newContext({
    extraHTTPHeaders: { 'X-Forwarded-For': `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` },
  });
  const page = await context.newPage();
  await page.goto('/login');
  const form = page.getByRole('form', { name: 'Đăng nhập' });
  for (const email of [PERSONAS.reviewerOut, 'khong-ton-tai@guongsang.test']) {
    await form.getByLabel('Email').fill(email);
    await form.getByLabel('Mật khẩu').fill('mat-khau-sai-roi');
    await form.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(form.getByRole('status')).toHaveText('Email hoặc mật khẩu không đúng.');
    await expect(form.getByLabel('Email')).toHaveValue(email);
    await expect(form.getByLabel('Mật khẩu')).toHaveValue('');
  }
  await expectNoAxeViolations(page);
  await context.close();
});

test('each role lands where its work is, and signing out ends the session', async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, PERSONAS.reviewerIn);
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thẩm định hồ sơ');
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1/);
  await expect(page.getByText('Bạn đã đăng xuất.')).toBeVisible();
  await page.goto('/review');
  await expect(page).toHaveURL(/\/login\?next=%2Freview/);

  await signIn(page, PERSONAS.admin);
  await expect(page).toHaveURL(/\/admin$/);
  await expectNoAxeViolations(page);
});

test('after login the user returns to the page they asked for', async ({ page }) => {
  await page.goto('/nominations?status=returned');
  await expect(page).toHaveURL(/\/login\?next=/);
  const form = page.getByRole('form', { name: 'Đăng nhập' });
  await form.getByLabel('Email').fill(PERSONAS.memberA);
  await form.getByLabel('Mật khẩu').fill('guongsang-demo-2025');
  await form.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/nominations\?status=returned$/);
  await expect(page.getByText('Ý kiến thẩm định:')).toBeVisible();
});

test('an admin creates a unit member, who sets a password through the link, signs in, and is cut off on deactivation', async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  const email = `can-bo-${testInfo.project.name}-${Date.now()}@guongsang.test`;
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, PERSONAS.admin);
  await admin.getByRole('link', { name: 'Tạo tài khoản' }).click();
  const create = admin.getByRole('form', { name: 'Tạo tài khoản' });
  await expect(create).toBeVisible();
  await expect(admin).toHaveTitle(/Tạo tài khoản/);
  await expectNoAxeViolations(admin);
  await create.getByLabel('Họ và tên').fill('Y Thị Hoa');
  await create.getByLabel('Email').fill(email);
  await create.getByLabel('Vai trò').selectOption('unit_member');
  await create.getByLabel('Đơn vị công tác').selectOption({ label: 'UBND xã Phú Nghĩa' });
  await create.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(create.getByRole('status')).toContainText(`Đã tạo tài khoản ${email}`);
  const link = await create.getByLabel(/Đường dẫn đặt mật khẩu/).inputValue();
  expect(link).toMatch(/\/setup\/[A-Za-z0-9_-]{40,}$/);
  const setupPath = new URL(link).pathname;

  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await member.goto(setupPath);
  await expect(member.getByText('Y Thị Hoa')).toBeVisible();
  const setup = member.getByRole('form', { name: 'Đặt mật khẩu' });
  await setup.getByLabel('Mật khẩu mới', { exact: true }).fill('matkhau123456');
  await setup.getByLabel('Nhập lại mật khẩu mới').fill('matkhau123456');
  await setup.getByRole('button', { name: 'Đặt mật khẩu' }).click();
  await expect(setup.getByRole('status')).toContainText('quá phổ biến');
  await expectNoAxeViolations(member);
  await setup.getByLabel('Mật khẩu mới', { exact: true }).fill('Vuon dieu xanh tot 2026');
  await setup.getByLabel('Nhập lại mật khẩu mới').fill('Vuon dieu xanh tot 2026');
  await setup.getByRole('button', { name: 'Đặt mật khẩu' }).click();
  await expect(member).toHaveURL(/\/login\?passwordSet=1/);

  await signIn(member, email, 'Vuon dieu xanh tot 2026');
  await expect(member).toHaveURL(/\/nominations$/);
  await expect(member.getByText('UBND xã Phú Nghĩa: các hồ sơ')).toBeVisible();

  await member.goto(setupPath);
  await expect(member.getByText(/không hợp lệ, đã được dùng hoặc đã hết hạn/)).toBeVisible();

  await admin.goto('/admin?q=' + encodeURIComponent(email));
  await admin.getByRole('link', { name: 'Y Thị Hoa' }).click();
  await admin.getByRole('button', { name: 'Vô hiệu hóa' }).click();
  await expect(admin.getByText('Đã vô hiệu hóa tài khoản')).toBeVisible();
  await member.goto('/nominations');
  await expect(member).toHaveURL(/\/login/);
  await memberContext.close();
  await adminContext.close();
});

test('the account page changes the password only with the current one', async ({ page }) => {
  await signIn(page, PERSONAS.memberB);
  await page.goto('/account');
  await expect(page.getByRole('definition').filter({ hasText: 'Hội Nông dân huyện Bù Gia Mập' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Đổi mật khẩu' });
  await form.getByLabel('Mật khẩu hiện tại').fill('khong-dung-dau-nhe');
  await form.getByLabel('Mật khẩu mới', { exact: true }).fill('Mot cau that dai 2026');
  await form.getByLabel('Nhập lại mật khẩu mới').fill('Mot cau that dai 2026');
  await form.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page.locator('#currentPassword-error')).toHaveText('Mật khẩu hiện tại không đúng.');
  await expectNoAxeViolations(page);
});
