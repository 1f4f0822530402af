// The phrase bank of the synthetic data: people, hamlets, livelihoods and photo captions,
// in the words local reports use. Stored as written (NFC); generate.ts normalizes again anyway.
import type { Field } from '../../lib/domain/vocabulary';

export const SURNAMES = [
  'Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Trần', 'Lê', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ',
  'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Lò', 'Hà', 'Lương', 'Triệu', 'Thạch', 'Điểu',
  'Sơn', 'Lâm', 'Mai', 'Tô', 'Chu', 'Quách', 'Vi', 'Nông', 'Giàng', 'Sùng', 'Kim', 'Danh', 'Y',
] as const;
export const MIDDLE_MALE = ['Văn', 'Văn', 'Đức', 'Minh', 'Hữu', 'Quốc', 'Công', 'Xuân', 'Thanh', 'Ngọc', 'A'] as const;
export const MIDDLE_FEMALE = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thanh', 'Kim', 'Thu', 'Hồng', 'Mỹ', 'Bích'] as const;
export const GIVEN_MALE = [
  'An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hải', 'Hiếu', 'Hòa', 'Hùng', 'Huy', 'Khánh', 'Khoa', 'Lâm', 'Long',
  'Lợi', 'Minh', 'Nam', 'Nghĩa', 'Phúc', 'Quang', 'Sơn', 'Tâm', 'Tài', 'Thắng', 'Thành', 'Tiến', 'Toàn',
  'Trung', 'Tuấn', 'Vinh', 'Vũ', 'Pao', 'Súa', 'Brơm', 'Điểu Lơi',
] as const;
export const GIVEN_FEMALE = [
  'Anh', 'Châu', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hoa', 'Hồng', 'Hương', 'Lan', 'Liên', 'Linh', 'Loan',
  'Mai', 'Nga', 'Ngân', 'Nhung', 'Oanh', 'Phương', 'Quyên', 'Thảo', 'Thu', 'Thúy', 'Trang', 'Tuyết', 'Vân',
  'Xuân', 'Yến', 'Diệu', 'H’Nhung',
] as const;

/** Hamlet words differ by region: thôn, ấp, bản, bon, buôn, tổ dân phố. */
export const HAMLET_KINDS = ['thôn', 'thôn', 'thôn', 'ấp', 'ấp', 'bản', 'bon', 'buôn', 'tổ dân phố'] as const;
export const HAMLET_NAMES = [
  'Tân Lập', 'Tân Tiến', 'Phú Thịnh', 'Bình Minh', 'Đồng Tâm', 'Thống Nhất', 'Hòa Bình', 'Quyết Thắng',
  'Thanh Sơn', 'Đoàn Kết', 'Phước Tân', 'Bình Tiến', 'Trung Hòa', 'Nà Khoang', 'Pác Ngòi', 'Bù Dốt',
  'Đắk Nhau', 'Ea Kmát', 'Suối Đá', 'Cây Da', 'Bến Đò', 'Rạch Gốc', 'Vàm Lớn', 'Xóm Mới',
] as const;

export const ROLES = [
  'Chủ tịch Hội Nông dân xã', 'Trưởng thôn', 'Bí thư chi bộ thôn', 'Bí thư Chi đoàn thanh niên',
  'Chi hội trưởng Chi hội Phụ nữ', 'nông dân sản xuất, kinh doanh giỏi', 'chủ cơ sở chế biến nông sản',
  'người có uy tín trong đồng bào dân tộc thiểu số', 'cựu chiến binh', 'giáo viên tiểu học', 'y sĩ trạm y tế xã',
  'chủ trang trại', 'Tổ trưởng tổ tiết kiệm và vay vốn',
] as const;

export const COLLECTIVE_TYPES = [
  { type: 'Tổ hợp tác', lead: 'Tổ hợp tác' },
  { type: 'Hợp tác xã', lead: 'Hợp tác xã' },
  { type: 'Chi hội Nông dân', lead: 'Chi hội Nông dân' },
  { type: 'Chi hội Phụ nữ', lead: 'Chi hội Phụ nữ' },
  { type: 'Câu lạc bộ', lead: 'Câu lạc bộ' },
  { type: 'Tổ tiết kiệm và vay vốn', lead: 'Tổ tiết kiệm và vay vốn' },
  { type: 'Doanh nghiệp', lead: 'Công ty TNHH' },
] as const;

export interface Topic {
  /** Lower-case, fits "bắt đầu …" and "nhờ …". */
  doing: string;
  /** Capitalised model name, fits quotes: Mô hình “…”. */
  model: string;
}

export const TOPICS: Record<Field, readonly Topic[]> = {
  production: [
    { doing: 'nuôi bò sinh sản', model: 'Nuôi bò sinh sản' },
    { doing: 'trồng cà phê xen canh sầu riêng', model: 'Cà phê xen canh sầu riêng' },
    { doing: 'nuôi dê lai bán chăn thả', model: 'Nuôi dê lai' },
    { doing: 'nuôi gà thả vườn theo hướng an toàn sinh học', model: 'Gà thả vườn an toàn sinh học' },
    { doing: 'trồng rau an toàn trong nhà lưới', model: 'Rau an toàn trong nhà lưới' },
    { doing: 'nuôi cá lồng trên lòng hồ', model: 'Nuôi cá lồng' },
    { doing: 'trồng quế và cây dược liệu dưới tán rừng', model: 'Dược liệu dưới tán rừng' },
  ],
  credit: [
    { doing: 'lập tổ tiết kiệm và vay vốn xoay vòng', model: 'Tiết kiệm và vay vốn xoay vòng' },
    { doing: 'góp vốn mua bò giao cho hộ nghèo', model: 'Ngân hàng bò' },
    { doing: 'góp heo đất giúp phụ nữ nghèo có vốn làm ăn', model: 'Heo đất tình thương' },
    { doing: 'vay vốn chính sách để phát triển sản xuất', model: 'Vốn chính sách cho hộ mới thoát nghèo' },
  ],
  know_how: [
    { doing: 'hướng dẫn kỹ thuật ghép cải tạo vườn điều', model: 'Ghép cải tạo vườn điều' },
    { doing: 'tập huấn chăm sóc cà phê theo tiêu chuẩn 4C', model: 'Cà phê bền vững 4C' },
    { doing: 'chuyển giao kỹ thuật ủ phân vi sinh từ phụ phẩm', model: 'Phân vi sinh từ phụ phẩm nông nghiệp' },
    { doing: 'hướng dẫn trồng lúa theo quy trình SRI', model: 'Canh tác lúa cải tiến SRI' },
  ],
  jobs: [
    { doing: 'dạy nghề may công nghiệp cho lao động nông thôn', model: 'Dạy nghề may gắn với việc làm' },
    { doing: 'mở xưởng đan lát mây tre tạo việc làm tại chỗ', model: 'Đan lát mây tre xuất khẩu' },
    { doing: 'đưa thanh niên đi làm việc tại các khu công nghiệp', model: 'Kết nối việc làm cho thanh niên' },
    { doing: 'dệt thổ cẩm truyền thống', model: 'Dệt thổ cẩm truyền thống' },
  ],
  value_chain: [
    { doing: 'liên kết sản xuất, tiêu thụ hạt điều', model: 'Chuỗi liên kết hạt điều' },
    { doing: 'trồng lúa hữu cơ theo hợp đồng bao tiêu', model: 'Lúa hữu cơ liên kết bao tiêu' },
    { doing: 'xây dựng sản phẩm OCOP từ đặc sản địa phương', model: 'Sản phẩm OCOP từ đặc sản địa phương' },
    { doing: 'liên kết nuôi heo với doanh nghiệp chế biến', model: 'Liên kết chăn nuôi heo' },
  ],
  housing_water: [
    { doing: 'vận động xây nhà Đại đoàn kết cho hộ nghèo', model: 'Nhà Đại đoàn kết' },
    { doing: 'khoan giếng, lắp bồn nước sạch cho hộ khó khăn', model: 'Nước sạch cho hộ nghèo' },
    { doing: 'sửa chữa nhà ở cho hộ nghèo, gia đình chính sách', model: 'Mái ấm cho hộ nghèo' },
  ],
  education_health: [
    { doing: 'trao học bổng, giúp con em hộ nghèo đến trường', model: 'Tiếp sức đến trường' },
    { doing: 'vận động mua bảo hiểm y tế cho hộ cận nghèo', model: 'Thẻ bảo hiểm y tế cho hộ cận nghèo' },
    { doing: 'mở lớp học tình thương buổi tối', model: 'Lớp học tình thương' },
  ],
  social_support: [
    { doing: 'tổ chức bếp ăn 0 đồng cho người bệnh nghèo', model: 'Bếp ăn 0 đồng' },
    { doing: 'nhận đỡ đầu hộ nghèo, hộ có hoàn cảnh đặc biệt', model: 'Đỡ đầu hộ nghèo' },
    { doing: 'quyên góp gạo, nhu yếu phẩm cho người già neo đơn', model: 'Hũ gạo tình thương' },
  ],
  digital: [
    { doing: 'bán nông sản qua sàn thương mại điện tử', model: 'Chợ nông sản trực tuyến' },
    { doing: 'hướng dẫn bà con thanh toán không dùng tiền mặt', model: 'Tổ công nghệ số cộng đồng' },
    { doing: 'truy xuất nguồn gốc nông sản bằng mã QR', model: 'Truy xuất nguồn gốc bằng mã QR' },
  ],
  other: [
    { doing: 'xây dựng câu lạc bộ phụ nữ giúp nhau thoát nghèo', model: 'Phụ nữ giúp nhau thoát nghèo' },
    { doing: 'làm du lịch cộng đồng gắn với văn hóa bản địa', model: 'Du lịch cộng đồng' },
    { doing: 'vận động thanh niên lập nghiệp tại quê hương', model: 'Thanh niên lập nghiệp' },
  ],
};

export const PHOTO_MOTIFS = ['field', 'trees', 'cattle', 'house', 'people', 'workshop'] as const;
export type PhotoMotif = (typeof PHOTO_MOTIFS)[number];

export const CAPTIONS: Record<PhotoMotif, readonly string[]> = {
  field: ['Cánh đồng của các hộ tham gia mô hình', 'Ruộng cỏ trồng làm thức ăn cho gia súc', 'Vụ lúa hữu cơ đầu tiên'],
  trees: ['Vườn cây ăn trái sau ba năm chăm sóc', 'Vườn điều ghép cải tạo', 'Cây dược liệu trồng dưới tán rừng'],
  cattle: ['Bàn giao bò giống cho hộ nghèo', 'Chuồng trại được cải tạo hợp vệ sinh', 'Đàn dê của hộ tham gia mô hình'],
  house: ['Ngôi nhà Đại đoàn kết vừa được bàn giao', 'Bồn nước sạch lắp cho hộ khó khăn', 'Nhà mới của gia đình'],
  people: ['Buổi họp thôn bình xét hộ được hỗ trợ', 'Lớp tập huấn kỹ thuật cho bà con', 'Lễ trao hỗ trợ cho hộ nghèo'],
  workshop: ['Xưởng sản xuất tạo việc làm tại chỗ', 'Phụ nữ trong thôn học nghề may', 'Sơ chế, đóng gói nông sản'],
};

export const RETURN_REASONS = [
  'Đề nghị bổ sung số liệu hộ thoát nghèo có xác nhận của UBND xã.',
  'Ảnh chưa thể hiện rõ kết quả mô hình, đề nghị bổ sung ảnh chụp thực tế.',
  'Phần câu chuyện còn chung chung, đề nghị nêu rõ cách làm và thời gian thực hiện.',
] as const;
export const REJECT_REASONS = [
  'Kết quả giảm nghèo chưa rõ, chưa đủ tiêu chí công nhận điển hình của phong trào.',
  'Hồ sơ trùng với điển hình đã được công nhận năm trước.',
] as const;
