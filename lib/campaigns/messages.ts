import { formatNumber } from '@/lib/format';

/** Vietnamese wording for campaign management, kept together so the form, the list and the domain agree. */
export const CAMPAIGN_MESSAGES = {
  checkFields: 'Vui lòng kiểm tra các ô được đánh dấu.',
  notFound: 'Không tìm thấy phong trào thi đua này.',
  unknownField: 'Biểu mẫu có trường không hợp lệ.',
  slugTaken: 'Đường dẫn này đã được dùng cho một phong trào khác.',
  slugLocked: (examples: number, slug: string) =>
    `Phong trào đã có ${formatNumber(examples)} điển hình được công nhận; các đường dẫn và bộ lọc công khai đang dùng “${slug}” nên không thể đổi đường dẫn.`,
  created: (name: string) => `Đã tạo phong trào “${name}”.`,
  updated: (name: string) => `Đã lưu thay đổi của phong trào “${name}”.`,
  unchanged: 'Không có thay đổi nào để lưu.',
} as const;

/** "Đã có 3 hồ sơ năm 2021 và 1 hồ sơ năm 2026 …": which years a narrower period would leave out. */
export function yearsOutsideMessage(rows: { year: number; n: number }[], startYear: number, endYear: number): string {
  const parts = rows.map((r) => `${formatNumber(r.n)} hồ sơ năm ${r.year}`);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} và ${parts.at(-1)}` : parts[0];
  return `Đã có ${list} thuộc phong trào này, nằm ngoài giai đoạn ${startYear}–${endYear}. Hãy giữ các năm đó trong giai đoạn của phong trào.`;
}
