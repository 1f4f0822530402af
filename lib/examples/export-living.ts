import type { DictionaryEntry } from './export';

// Support received and requests to learn, in the open data. The requesters' names and contacts are never
// exported: only how many requests there are.
const formCodes = 'training (tập huấn), policy_loan (vay vốn NHCSXH), equipment (trang thiết bị), market_linkage (liên kết tiêu thụ), land (đất sản xuất)';

export const SUPPORT_AND_REQUEST_ENTRIES: readonly DictionaryEntry[] = [
  { csv: null, json: 'support[].date', type: 'ngày YYYY-MM-DD', meaning: 'Ngày nhận hỗ trợ (chỉ có trong JSON)', example: '2023-04-15' },
  { csv: null, json: 'support[].form', type: 'chuỗi', meaning: `Hình thức hỗ trợ: ${formCodes} (chỉ có trong JSON)`, example: 'policy_loan' },
  {
    csv: null,
    json: 'support[].provider',
    type: 'chuỗi',
    meaning: 'Cơ quan, tổ chức hỗ trợ (chỉ có trong JSON)',
    example: 'Phòng giao dịch NHCSXH huyện Bù Gia Mập',
  },
  {
    csv: null,
    json: 'support[].amountVnd',
    type: 'số nguyên',
    meaning: 'Giá trị hỗ trợ quy ra đồng (VND); 0 khi không quy ra tiền (chỉ có trong JSON)',
    example: '50000000',
  },
  {
    csv: 'support_count',
    json: 'support',
    type: 'số nguyên (JSON: danh sách)',
    meaning: 'Hỗ trợ đã nhận (bồi dưỡng); CSV ghi số lần hỗ trợ, JSON ghi từng lần',
    example: '2',
    cell: (i) => i.support.length,
  },
  {
    csv: 'support_total_vnd',
    json: 'support[].amountVnd (tổng)',
    type: 'số nguyên',
    meaning: 'Tổng giá trị hỗ trợ đã nhận, quy ra đồng (VND), không có dấu phân cách',
    example: '65000000',
    cell: (i) => i.support.reduce((sum, s) => sum + s.amountVnd, 0),
  },
  {
    csv: 'replication_requests',
    json: 'replicationRequests',
    type: 'số nguyên',
    meaning: 'Số đơn vị, cá nhân đã đăng ký học tập, nhân rộng mô hình (không công bố tên và liên hệ)',
    example: '3',
    cell: (i) => i.replicationRequests,
  },
];
