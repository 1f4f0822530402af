import type { AdminTree } from './vocabulary';

/** The kind of area a review level covers; a reviewer belongs to the level of their scope's kind. */
export const LEVEL_AREA_KINDS = ['commune', 'district', 'province'] as const;
export type LevelAreaKind = (typeof LEVEL_AREA_KINDS)[number];
export const LEVEL_AREA_KIND_LABELS: Record<LevelAreaKind, string> = {
  commune: 'Xã, phường, thị trấn',
  district: 'Quận, huyện (trước 01/07/2025)',
  province: 'Tỉnh, thành phố',
};

export interface ReviewLevel {
  position: number;
  name: string;
  areaKind: LevelAreaKind;
  decides: boolean;
}

/** National codes: 2 digits a province, 3 a district (old tree only), 5 a commune. */
export function scopeKind(scope: { tree: AdminTree; code: string }): LevelAreaKind | null {
  if (scope.code.length === 5) return 'commune';
  if (scope.code.length === 3 && scope.tree === '2024') return 'district';
  if (scope.code.length === 2) return 'province';
  return null;
}

/** The level a reviewer with this scope works at in a campaign, or null when the campaign has none of that kind. */
export function levelOfScope(levels: readonly ReviewLevel[], scope: { tree: AdminTree; code: string } | null): number | null {
  const kind = scope ? scopeKind(scope) : null;
  const level = levels.find((l) => l.areaKind === kind);
  return level ? level.position : null;
}

/** "Đang ở cấp huyện": the name of the level a dossier is at, for the unit's progress line. */
export function levelName(levels: readonly ReviewLevel[], position: number | null): string | null {
  return levels.find((l) => l.position === position)?.name ?? null;
}

/** The defaults: xã → huyện before the 2025 reform abolished districts, xã/phường → tỉnh after it. */
export function defaultReviewLevels(startYear: number): ReviewLevel[] {
  return startYear <= 2025
    ? [
        { position: 0, name: 'Cấp xã', areaKind: 'commune', decides: false },
        { position: 1, name: 'Cấp huyện', areaKind: 'district', decides: true },
      ]
    : [
        { position: 0, name: 'Cấp xã, phường', areaKind: 'commune', decides: false },
        { position: 1, name: 'Cấp tỉnh', areaKind: 'province', decides: true },
      ];
}

export const LEVEL_MESSAGES = {
  empty: 'Phong trào cần ít nhất một cấp xét duyệt.',
  tooMany: 'Phong trào có nhiều nhất 4 cấp xét duyệt.',
  lastDecides: 'Cấp cuối cùng là cấp quyết định công nhận; các cấp trước chỉ đề nghị lên.',
  repeatedKind: 'Mỗi loại địa bàn chỉ dùng cho một cấp.',
  order: 'Các cấp xếp từ thấp lên cao: xã, rồi huyện, rồi tỉnh.',
  name: 'Vui lòng đặt tên cho từng cấp (ví dụ “Cấp xã”).',
} as const;

const RANK: Record<LevelAreaKind, number> = { commune: 0, district: 1, province: 2 };

/** Why a list of levels cannot be used, or null: one to four levels, lowest first, each kind once, only the last deciding. */
export function levelsProblem(levels: readonly ReviewLevel[]): string | null {
  if (levels.length === 0) return LEVEL_MESSAGES.empty;
  if (levels.length > 4) return LEVEL_MESSAGES.tooMany;
  if (levels.some((l) => !l.name.trim())) return LEVEL_MESSAGES.name;
  if (new Set(levels.map((l) => l.areaKind)).size !== levels.length) return LEVEL_MESSAGES.repeatedKind;
  if (levels.some((l, i) => i > 0 && RANK[l.areaKind] <= RANK[levels[i - 1]!.areaKind])) return LEVEL_MESSAGES.order;
  if (levels.some((l, i) => l.decides !== (i === levels.length - 1))) return LEVEL_MESSAGES.lastDecides;
  return null;
}

/** A campaign's checklist: each reviewer scores each criterion 1–5 before forwarding or approving. */
export interface Criterion {
  key: string;
  label: string;
  description: string;
}

export const DEFAULT_CRITERIA: Criterion[] = [
  { key: 'true', label: 'Tính chân thực', description: 'Thông tin, số liệu đúng sự thật, được xác minh tại cơ sở.' },
  { key: 'effective', label: 'Hiệu quả', description: 'Giúp hộ nghèo, hộ cận nghèo thoát nghèo, có kết quả đo được.' },
  { key: 'replicable', label: 'Khả năng nhân rộng', description: 'Nơi khác có thể học tập, áp dụng với điều kiện tương tự.' },
  { key: 'inspiring', label: 'Tính lan tỏa', description: 'Truyền cảm hứng, được cộng đồng ghi nhận và noi theo.' },
];

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
