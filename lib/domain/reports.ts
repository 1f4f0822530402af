import { IMPACT_FIGURE_KEYS, type AdminTree } from '@/lib/domain/vocabulary';

/**
 * What the season report counts, in one place: the page, the Excel and the CSV export all read
 * their column order, headers and wording from here, so the three never disagree.
 */

export const COUNT_KEYS = ['submitted', 'returned', 'approved', 'rejected', 'commended', 'pending'] as const;
export const METRIC_KEYS = [...COUNT_KEYS, ...IMPACT_FIGURE_KEYS] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

export type ReportFigures = Record<MetricKey, number>;

export const METRIC_LABELS: Record<MetricKey, string> = {
  submitted: 'Đã gửi',
  returned: 'Từng bị trả lại',
  approved: 'Được công nhận',
  rejected: 'Không công nhận',
  commended: 'Được khen thưởng',
  pending: 'Đang chờ thẩm định',
  householdsEscaped: 'Hộ thoát nghèo',
  nearPoorHelped: 'Hộ cận nghèo được hỗ trợ',
  beneficiaryHouseholds: 'Hộ hưởng lợi',
  ethnicMinorityHouseholds: 'Trong đó hộ dân tộc thiểu số',
  jobsCreated: 'Việc làm tạo ra',
  contributionVnd: 'Đóng góp (đồng)',
};

export interface CommuneReportRow extends ReportFigures {
  tree: AdminTree;
  code: string;
  name: string;
  /** Only for communes recorded in the old (province–district–commune) tree. */
  districtName: string | null;
  provinceName: string | null;
}

export interface UnitReportRow extends ReportFigures {
  unitId: number;
  name: string;
}

/** What each review level did with the season's dossiers (a dossier counts once per level and kind of step). */
export const LEVEL_COUNT_KEYS = ['forwarded', 'returned', 'rejected', 'inNotice'] as const;
export type LevelCountKey = (typeof LEVEL_COUNT_KEYS)[number];
export const LEVEL_COUNT_LABELS: Record<LevelCountKey, string> = {
  forwarded: 'Đề nghị lên cấp trên',
  returned: 'Trả lại, trả về',
  rejected: 'Không công nhận',
  inNotice: 'Đưa ra công khai',
};

export interface LevelReportRow extends Record<LevelCountKey, number> {
  position: number;
  name: string;
}

export interface SeasonReport {
  byCommune: CommuneReportRow[];
  byUnit: UnitReportRow[];
  byLevel: LevelReportRow[];
  total: ReportFigures;
}

/** What the report is about, for titles and file names. */
export interface ReportHeading {
  campaignName: string;
  year: number;
  areaLabel: string;
  producedAt: Date;
}

export const TOTAL_LABEL = 'Tổng cộng';

export const COMMUNE_TEXT_HEADERS = ['Mã xã', 'Xã, phường, thị trấn', 'Huyện (trước 01/07/2025)', 'Tỉnh'] as const;
export const UNIT_TEXT_HEADERS = ['Đơn vị giới thiệu'] as const;

export const TABLE_TITLES = {
  commune: 'Theo xã',
  unit: 'Theo đơn vị',
  level: 'Theo cấp xét duyệt',
} as const;
export type ReportTable = keyof typeof TABLE_TITLES;

/** The definitions printed under the tables and in the Excel file. */
export const REPORT_NOTES: readonly string[] = [
  'Đã gửi: hồ sơ đã được gửi thẩm định và hiện không ở trạng thái nháp (bản nháp, kể cả hồ sơ đã rút về nháp, không được tính).',
  'Từng bị trả lại: hồ sơ đã gửi từng được trả lại để bổ sung ít nhất một lần, dù sau đó đã được gửi lại hay quyết định.',
  'Được công nhận: hồ sơ đã được công nhận, kể cả điển hình sau đó bị quản trị viên gỡ công bố (vẫn tính là đã công nhận).',
  'Không công nhận: hồ sơ có quyết định không công nhận.',
  'Được khen thưởng: hồ sơ được công nhận và có ít nhất một quyết định khen thưởng đã ghi nhận.',
  'Đang chờ thẩm định: hồ sơ hiện đã gửi và chưa có quyết định (hồ sơ đang bị trả lại nằm ở đơn vị, không tính ở đây).',
  'Các số liệu hiệu quả (hộ thoát nghèo, hộ cận nghèo, hộ hưởng lợi, việc làm, đóng góp) chỉ cộng từ các hồ sơ được công nhận; ô để trống được tính là 0.',
  'Theo cấp xét duyệt: số hồ sơ mà mỗi cấp đã đề nghị lên cấp trên, trả lại đơn vị hoặc trả về cấp dưới, không công nhận, hoặc đưa ra công khai lấy ý kiến; một hồ sơ qua nhiều lần được tính một lần cho mỗi cột.',
  'Hồ sơ được tính theo năm thi đua ghi trên hồ sơ và theo xã đúng như khi ghi nhận (địa giới trước hoặc từ 01/07/2025).',
];

export const REPORT_MESSAGES = {
  noCampaign: 'Chưa có phong trào thi đua nào để lập báo cáo.',
  badCampaign: 'Mã phong trào thi đua không hợp lệ.',
  unknownCampaign: 'Không tìm thấy phong trào thi đua đã chọn.',
  badYear: 'Năm báo cáo không hợp lệ.',
  yearOutside: (start: number, end: number) => `Năm báo cáo phải nằm trong thời gian của phong trào (${start}–${end}).`,
  badArea: 'Địa bàn phải là mã một tỉnh (2 chữ số) hoặc một huyện trước 01/07/2025 (3 chữ số).',
  unknownArea: 'Không tìm thấy địa bàn đã chọn trong danh mục hành chính.',
  outsideScope: (scope: string) => `Địa bàn đã chọn nằm ngoài phạm vi bạn được giao thẩm định (${scope}), nên không có số liệu.`,
  noScope: 'Tài khoản của bạn chưa được giao địa bàn thẩm định. Vui lòng liên hệ quản trị viên.',
  badTable: 'Bảng cần tải phải là “commune” (theo xã) hoặc “unit” (theo đơn vị).',
} as const;
