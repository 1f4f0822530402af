// Stored codes (English) and their Vietnamese labels, in one place so wording stays consistent.

export const NOMINEE_KINDS = ['individual', 'household', 'collective', 'model'] as const;
export type NomineeKind = (typeof NOMINEE_KINDS)[number];
export const NOMINEE_KIND_LABELS: Record<NomineeKind, string> = {
  individual: 'Cá nhân',
  household: 'Hộ gia đình',
  collective: 'Tập thể',
  model: 'Mô hình',
};

export const FIELDS = [
  'production',
  'credit',
  'know_how',
  'jobs',
  'value_chain',
  'housing_water',
  'education_health',
  'social_support',
  'digital',
  'other',
] as const;
export type Field = (typeof FIELDS)[number];
export const FIELD_LABELS: Record<Field, string> = {
  production: 'Phát triển sản xuất',
  credit: 'Tín dụng, tiết kiệm',
  know_how: 'Chuyển giao kỹ thuật',
  jobs: 'Việc làm, dạy nghề',
  value_chain: 'Liên kết chuỗi giá trị',
  housing_water: 'Nhà ở, nước sạch',
  education_health: 'Giáo dục, y tế',
  social_support: 'An sinh, trợ giúp xã hội',
  digital: 'Chuyển đổi số',
  other: 'Lĩnh vực khác',
};

export const NOMINATION_STATUSES = ['draft', 'submitted', 'in_notice', 'returned', 'approved', 'rejected', 'unpublished'] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];
export const STATUS_LABELS: Record<NominationStatus, string> = {
  draft: 'Bản nháp',
  submitted: 'Đã gửi, chờ thẩm định',
  in_notice: 'Đang công khai lấy ý kiến',
  returned: 'Trả lại để bổ sung',
  approved: 'Đã công nhận',
  rejected: 'Không công nhận',
  unpublished: 'Đã gỡ công bố',
};

export const UNIT_KINDS = ['agency', 'commune', 'association', 'business', 'school', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  agency: 'Cơ quan nhà nước',
  commune: 'UBND xã, phường, thị trấn',
  association: 'Mặt trận, đoàn thể, hội',
  business: 'Doanh nghiệp, hợp tác xã',
  school: 'Trường học',
  other: 'Đơn vị khác',
};

export const ROLES = ['unit_member', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = {
  unit_member: 'Cán bộ đơn vị',
  reviewer: 'Cán bộ thẩm định',
  admin: 'Quản trị hệ thống',
};

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Record<Gender, string> = { male: 'Nam', female: 'Nữ' };

export const CONSENT_FORMS = ['signed_paper', 'recorded_verbal'] as const;
export type ConsentForm = (typeof CONSENT_FORMS)[number];
export const CONSENT_FORM_LABELS: Record<ConsentForm, string> = {
  signed_paper: 'Văn bản có chữ ký',
  recorded_verbal: 'Đồng ý bằng lời, có ghi biên bản',
};

export const ATTACHMENT_KINDS = ['photo', 'document'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const PUBLISH_MODES = ['named', 'anonymised'] as const;
export type PublishMode = (typeof PUBLISH_MODES)[number];

/** Administrative trees: before the 2025 reform (province–district–commune) and after it (province–commune). */
export const ADMIN_TREES = ['2024', '2025'] as const;
export type AdminTree = (typeof ADMIN_TREES)[number];
export const ADMIN_TREE_LABELS: Record<AdminTree, string> = {
  '2024': 'Địa giới trước 01/07/2025 (tỉnh – huyện – xã)',
  '2025': 'Địa giới từ 01/07/2025 (tỉnh – xã)',
};

export const IMPACT_KEYS = [
  'householdsEscaped',
  'nearPoorHelped',
  'beneficiaryHouseholds',
  'ethnicMinorityHouseholds',
  'jobsCreated',
  'contributionVnd',
  'startedYear',
] as const;
export type ImpactKey = (typeof IMPACT_KEYS)[number];
/** The figures that measure a result (the start year is a date, not a result): summed in totals and reports. */
export const IMPACT_FIGURE_KEYS = IMPACT_KEYS.filter((key): key is Exclude<ImpactKey, 'startedYear'> => key !== 'startedYear');
export type ImpactFigureKey = (typeof IMPACT_FIGURE_KEYS)[number];
export type Impact = Record<ImpactKey, number | null>;
export const IMPACT_LABELS: Record<ImpactKey, string> = {
  householdsEscaped: 'Hộ thoát nghèo',
  nearPoorHelped: 'Hộ cận nghèo được hỗ trợ',
  beneficiaryHouseholds: 'Hộ hưởng lợi',
  ethnicMinorityHouseholds: 'Trong đó hộ đồng bào dân tộc thiểu số',
  jobsCreated: 'Việc làm tạo ra',
  contributionVnd: 'Đóng góp (đồng)',
  startedYear: 'Năm bắt đầu',
};
