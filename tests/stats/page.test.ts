import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import StatsPage from '@/app/(public)/stats/page';
import { setDatabase } from '@/db';
import { DEMO_NOMINATIONS } from '@/db/seed/demo-nominations';
import { DEMO_CAMPAIGN } from '@/db/seed/demo-units';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { OLD_CAMPAIGN, seedOldCampaign } from './fixtures';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  await seedOldCampaign(database);
  setDatabase(database);
});
afterAll(async () => {
  setDatabase(undefined);
  await database.dispose();
});

async function render(query: string): Promise<string> {
  const element = await StatsPage({ searchParams: Promise.resolve(Object.fromEntries(new URLSearchParams(query))) });
  return renderToStaticMarkup(element);
}

const approved = DEMO_NOMINATIONS.filter((n) => n.status === 'approved');

describe('the statistics page', () => {
  it('shows the newest campaign for the whole country, each chart with its table', async () => {
    const html = await render('');
    expect(html).toContain(`Phong trào “${DEMO_CAMPAIGN.shortName}”`);
    expect(html).toContain('Giai đoạn 2021–2025');
    expect(html).toContain('Cả nước');
    expect(html).not.toContain('role="alert"');
    expect(html).toContain(`Xem danh sách ${approved.length} điển hình này`);
    expect(html).toContain(`href="/examples?campaign=${DEMO_CAMPAIGN.slug}&amp;year=2023"`);
    for (const id of ['theo-nam', 'theo-loai', 'theo-linh-vuc', 'theo-xa', 'nhan-rong', 'ben-vung']) expect(html).toContain(`id="${id}"`);
    // Year, kind, field, commune and sustainability charts: drawn to scale, hidden from screen readers (the tables say it).
    expect(html.match(/<svg viewBox="0 0 320 \d+"[^>]*aria-hidden="true"/g)).toHaveLength(5);
    expect(html.match(/<caption/g)).toHaveLength(5);
    expect(html).toContain('Mô hình “Ngân hàng bò” giúp hộ nghèo xã Phú Nghĩa');
  });

  it('names the chosen area and shows what old communes are now', async () => {
    const html = await render('commune=2025:25231&from=2021&to=2024');
    expect(html).toContain('Tỉnh Đồng Nai');
    expect(html).toContain('Xã Đa Kia');
    expect(html).toContain('nay là Xã Đa Kia, Tỉnh Đồng Nai');
    // Recorded under old Phước Minh, the row links to exactly that commune's list.
    expect(html).toContain(`href="/examples?commune=2024%3A25232&amp;campaign=${DEMO_CAMPAIGN.slug}"`);
    expect(html).toContain('Giai đoạn 2021–2024');
    // A partial range cannot be listed exactly; the page says so instead of promising a match.
    expect(html).not.toContain('Xem danh sách');
    expect(html).toContain('Trang danh sách lọc theo từng năm hoặc cả phong trào');
  });

  it.each([
    ['from=2024&to=2022', 'Năm bắt đầu (2024) sau năm kết thúc (2022).'],
    ['from=2019', 'Năm 2019 nằm ngoài giai đoạn 2021–2025'],
    ['commune=99999', 'Không tìm thấy xã, phường có mã này.'],
    ['campaign=khong-co', 'Không tìm thấy phong trào thi đua có mã “khong-co”.'],
    ['to=abc', 'Năm kết thúc không hợp lệ'],
  ])('“%s”: a message and no numbers', async (query, message) => {
    const html = await render(query);
    expect(html).toMatch(new RegExp(`role="alert"[^>]*>[^<]*${message.replace(/[.()]/g, '\\$&')}`));
    expect(html).not.toContain('<table');
    expect(html).not.toContain('<svg viewBox');
    expect(html).toContain('Chưa có số liệu cho lựa chọn này.');
  });

  it('an area with no examples gets an empty state, not zeros', async () => {
    const html = await render('province=2024:70&district=689');
    expect(html).not.toContain('role="alert"');
    expect(html).toContain('Chưa có điển hình nào được công nhận trong phạm vi này.');
    expect(html).not.toContain('<table');
  });

  it('a long commune list says it is the top 20 and offers the full table, and back', async () => {
    const top = await render(`campaign=${OLD_CAMPAIGN.slug}`);
    expect(top).toContain(`20 xã, phường có nhiều điển hình nhất trong tổng số ${OLD_CAMPAIGN.communeCount}`);
    expect(top).toContain(`href="/stats?campaign=${OLD_CAMPAIGN.slug}&amp;communes=all#theo-xa"`);
    const rows = (html: string) => html.slice(html.indexOf('id="theo-xa"')).match(/<tr class="border-b border-stone-200/g)?.length;
    expect(rows(top)).toBe(20);
    const full = await render(`campaign=${OLD_CAMPAIGN.slug}&communes=all`);
    expect(full).toContain(`Số điển hình ở cả ${OLD_CAMPAIGN.communeCount} xã, phường`);
    expect(rows(full)).toBe(OLD_CAMPAIGN.communeCount);
    expect(full).toContain(`href="/stats?campaign=${OLD_CAMPAIGN.slug}#theo-xa"`);
  });
});
