import type { AdminTree, Role, UnitKind } from '@/lib/domain/vocabulary';
import type { DemoUnitKey } from './demo-types';

export const DEMO_CAMPAIGN = {
  slug: 'chung-tay-vi-nguoi-ngheo-2021-2025',
  name: 'Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau',
  shortName: 'Chung tay vì người nghèo 2021–2025',
  description:
    'Phong trào thi đua giai đoạn 2021–2025 nhằm phát hiện, giới thiệu, bồi dưỡng, biểu dương và nhân rộng ' +
    'các gương điển hình, mô hình hay giúp hộ nghèo, hộ cận nghèo vươn lên thoát nghèo bền vững.',
  startYear: 2021,
  endYear: 2025,
  acceptingNominations: true,
};

/** The next period: after the 2025 reform, communes and wards propose, the province decides. */
export const DEMO_NEXT_CAMPAIGN = {
  slug: 'chung-tay-vi-nguoi-ngheo-2026-2030',
  name: 'Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau, giai đoạn 2026–2030',
  shortName: 'Chung tay vì người nghèo 2026–2030',
  description: 'Giai đoạn tiếp theo của phong trào, theo địa giới hành chính mới: cấp xã, phường đề nghị, cấp tỉnh xét công nhận.',
  startYear: 2026,
  endYear: 2030,
  acceptingNominations: true,
};

/** Old-tree codes: the demo covers Bù Gia Mập district (691) of Bình Phước (70). */
export const DEMO_UNITS: Record<DemoUnitKey, { name: string; kind: UnitKind; adminUnitCode: string; adminUnitTree?: AdminTree }> = {
  'ubnd-huyen': { name: 'UBND huyện Bù Gia Mập', kind: 'agency', adminUnitCode: '691' },
  'phong-noi-vu': { name: 'Phòng Nội vụ huyện Bù Gia Mập', kind: 'agency', adminUnitCode: '691' },
  // A neighbouring district's reviewers: none of the demo nominations lies in their scope.
  'phong-noi-vu-dong-xoai': { name: 'Phòng Nội vụ thành phố Đồng Xoài', kind: 'agency', adminUnitCode: '689' },
  'ubnd-phu-nghia': { name: 'UBND xã Phú Nghĩa', kind: 'commune', adminUnitCode: '25267' },
  'ubnd-da-kia': { name: 'UBND xã Đa Kia', kind: 'commune', adminUnitCode: '25231' },
  'hoi-nong-dan': { name: 'Hội Nông dân huyện Bù Gia Mập', kind: 'association', adminUnitCode: '691' },
  'hoi-phu-nu': { name: 'Hội Liên hiệp Phụ nữ huyện Bù Gia Mập', kind: 'association', adminUnitCode: '691' },
  'huyen-doan': { name: 'Huyện đoàn Bù Gia Mập', kind: 'association', adminUnitCode: '691' },
  nhcsxh: {
    name: 'Phòng giao dịch Ngân hàng Chính sách xã hội huyện Bù Gia Mập',
    kind: 'agency',
    adminUnitCode: '691',
  },
  // The review councils of the new commune Đa Kia and of the new province Đồng Nai (after 01/07/2025).
  'hd-tdkt-da-kia': { name: 'Hội đồng Thi đua – Khen thưởng xã Đa Kia', kind: 'commune', adminUnitCode: '25231', adminUnitTree: '2025' },
  'ban-tdkt-dong-nai': { name: 'Ban Thi đua – Khen thưởng tỉnh Đồng Nai', kind: 'agency', adminUnitCode: '75', adminUnitTree: '2025' },
};

export const DEMO_PASSWORD = 'guongsang-demo-2025';

export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  unit: DemoUnitKey | null;
  scope: { tree: '2024' | '2025'; code: string } | null;
  /** Assigns the dossiers of their level to its reviewers. */
  reviewLead?: boolean;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@guongsang.test', name: 'Quản trị hệ thống', role: 'admin', unit: null, scope: null },
  {
    email: 'thamdinh@guongsang.test',
    name: 'Nguyễn Thị Thu Hà',
    role: 'reviewer',
    unit: 'phong-noi-vu',
    scope: { tree: '2024', code: '691' },
    reviewLead: true,
  },
  {
    email: 'thamdinh.dongxoai@guongsang.test',
    name: 'Phạm Minh Khoa',
    role: 'reviewer',
    unit: 'phong-noi-vu-dong-xoai',
    scope: { tree: '2024', code: '689' },
  },
  {
    email: 'thamdinh.xa@guongsang.test',
    name: 'Điểu Thị Lan',
    role: 'reviewer',
    unit: 'hd-tdkt-da-kia',
    scope: { tree: '2025', code: '25231' },
  },
  {
    email: 'thamdinh.tinh@guongsang.test',
    name: 'Hoàng Văn Phúc',
    role: 'reviewer',
    unit: 'ban-tdkt-dong-nai',
    scope: { tree: '2025', code: '75' },
  },
  { email: 'phunghia@guongsang.test', name: 'Lê Văn Tâm', role: 'unit_member', unit: 'ubnd-phu-nghia', scope: null },
  { email: 'hoinongdan@guongsang.test', name: 'Trần Quốc Bảo', role: 'unit_member', unit: 'hoi-nong-dan', scope: null },
];
