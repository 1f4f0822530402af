// What the embeddable lists and their copy-paste snippets say, in one place.
import { formatNumber } from '@/lib/format';

export const EMBED_TEXT = {
  communeHeading: (commune: string) => `Gương điển hình, mô hình giảm nghèo ở ${commune}`,
  communeTitle: (commune: string) => `Điển hình ở ${commune}`,
  approved: (total: number) => `${formatNumber(total)} điển hình đã được công nhận`,
  seeAllCommune: (total: number) => `Xem tất cả ${formatNumber(total)} điển hình của xã trên Gương sáng`,
  seeAllCampaign: (total: number) => `Xem tất cả ${formatNumber(total)} điển hình của phong trào trên Gương sáng`,
  none: 'Chưa có điển hình nào được công nhận.',
  newTab: ' (mở trong thẻ mới)',
  notFound: 'Không tìm thấy danh sách này.',
  snippetHeading: 'Nhúng danh sách vào cổng thông tin',
  snippetHelp:
    'Dán đoạn mã dưới đây vào trang của cổng thông tin điện tử (chế độ soạn thảo HTML) để hiện danh sách các điển hình mới nhất. Danh sách tự cập nhật khi có điển hình được công nhận; bấm vào một điển hình sẽ mở trang đầy đủ trong thẻ mới.',
  snippetLabel: 'Mã nhúng (HTML)',
  snippetPreview: 'Xem trước danh sách nhúng',
} as const;
