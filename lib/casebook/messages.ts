// What the casebook (kỷ yếu) says, on paper and when it refuses, in one place.

export const CASEBOOK_MESSAGES = {
  unknownCampaign: 'Không tìm thấy phong trào thi đua này.',
  badYear: 'Năm không hợp lệ: hãy ghi năm bằng bốn chữ số, ví dụ 2024.',
  yearOutside: (start: number, end: number) => `Phong trào này diễn ra từ năm ${start} đến năm ${end}; hãy chọn một năm trong khoảng đó.`,
  badArea: 'Mã địa bàn không hợp lệ: dùng mã tỉnh (2 chữ số), mã huyện (3 chữ số) hoặc mã xã (5 chữ số), có thể kèm hệ địa giới, ví dụ 2024:691.',
  districtInNewTree: 'Từ 01/07/2025 không còn cấp huyện: mã huyện chỉ dùng với hệ địa giới trước 01/07/2025 (2024:…).',
  unknownArea: 'Không tìm thấy địa bàn có mã này.',
  empty: 'Không có điển hình nào đã được công nhận trong phạm vi đã chọn, nên chưa có kỷ yếu.',
  tooLarge: (examples: string, limit: string) =>
    `Phạm vi đã chọn có ${examples} điển hình, vượt quá ${limit} điển hình của một cuốn kỷ yếu tải không cần đăng nhập. Hãy chọn một năm hoặc một địa bàn nhỏ hơn.`,
  rateLimited: (minutes: number) => `Bạn đã tải nhiều kỷ yếu trong thời gian ngắn. Vui lòng thử lại sau ${minutes} phút.`,
  busy: 'Máy chủ đang tạo các cuốn kỷ yếu khác. Vui lòng thử lại sau ít phút.',
} as const;

export const CASEBOOK_TEXT = {
  kicker: 'KỶ YẾU',
  subtitle: 'Các gương điển hình, mô hình giảm nghèo đã được công nhận',
  wholeArea: 'Tất cả địa bàn',
  wholeCampaign: (start: number, end: number) => `Giai đoạn ${start}–${end}`,
  year: (year: number) => `Năm ${year}`,
  madeOn: (date: string) => `Lập ngày ${date}`,
  contents: 'Mục lục',
  totals: 'Tổng hợp số liệu',
  byKind: 'Theo loại điển hình',
  byField: 'Theo lĩnh vực',
  impact: 'Hiệu quả giảm nghèo',
  byCommune: 'Theo xã, phường',
  byCommuneContinued: 'Theo xã, phường (tiếp theo)',
  communeColumn: 'Xã, phường, thị trấn',
  examplesColumn: 'Điển hình',
  escapedColumn: 'Hộ thoát nghèo',
  beneficiaryColumn: 'Hộ hưởng lợi',
  pageColumn: 'Trang',
  allRow: 'Cộng',
  page: (n: number) => `Trang ${n}`,
  examples: (n: string) => `${n} điển hình`,
  communes: (n: string) => `${n} xã, phường`,
  unit: (name: string) => `Đơn vị giới thiệu: ${name}`,
  nowPartOf: 'nay là',
  qrNote: 'Quét mã để xem đầy đủ câu chuyện, hình ảnh và các cập nhật:',
  noStory: 'Câu chuyện đầy đủ có trên trang điển hình.',
  gone: 'Điển hình này đã thôi được công bố trong lúc lập kỷ yếu.',
} as const;

/** The download form in the workspace. */
export const CASEBOOK_FORM = {
  heading: 'Kỷ yếu (PDF)',
  help: 'Tệp PDF khổ A4 để in: trang bìa, mục lục theo xã, mỗi điển hình đã được công nhận một trang kèm mã QR dẫn tới trang của điển hình, và bảng tổng hợp ở cuối. Kỷ yếu lớn có thể mất vài phút để tạo.',
  year: 'Năm',
  wholeCampaign: (start: number, end: number) => `Cả giai đoạn ${start}–${end}`,
  area: 'Địa bàn',
  submit: 'Tải kỷ yếu (PDF)',
  cancel: 'Dừng',
  starting: 'Đang chuẩn bị kỷ yếu…',
  making: (pages: string, total: string, size: string) => `Đang tạo kỷ yếu: ${pages}/${total} trang (${size})`,
  loading: (size: string) => `Đang tải kỷ yếu (${size})`,
  done: (size: string) => `Đã tạo xong kỷ yếu (${size}). Nếu tệp chưa tự tải về, bấm “Lưu tệp kỷ yếu”.`,
  save: 'Lưu tệp kỷ yếu',
  stopped: 'Đã dừng tạo kỷ yếu.',
  failed: 'Không tải được kỷ yếu. Vui lòng kiểm tra kết nối mạng rồi thử lại.',
  progressLabel: 'Tiến độ tạo kỷ yếu',
} as const;
