import { IMPACT_KEYS, IMPACT_LABELS, type ImpactKey } from './vocabulary';

/** The public fields a unit may correct after approval; each published version keeps a copy of them. */
export const VERSIONED_FIELDS = ['title', 'summary', 'story', ...IMPACT_KEYS] as const;
export type VersionedField = (typeof VERSIONED_FIELDS)[number];

export type VersionedValues = { title: string; summary: string; story: string } & Record<ImpactKey, number | null>;

export const UPDATE_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type UpdateStatus = (typeof UPDATE_STATUSES)[number];

export const VERSIONED_FIELD_LABELS: Record<VersionedField, string> = {
  title: 'Tên điển hình',
  summary: 'Tóm tắt',
  story: 'Câu chuyện',
  ...IMPACT_LABELS,
};

export const UPDATE_STATUS_LABELS: Record<UpdateStatus, string> = {
  pending: 'Đang chờ duyệt',
  approved: 'Đã duyệt',
  rejected: 'Không duyệt',
  withdrawn: 'Đã rút',
};

/** The fields whose values differ, in display order. */
export function changedFields(before: VersionedValues, after: VersionedValues): VersionedField[] {
  return VERSIONED_FIELDS.filter((key) => (before[key] ?? null) !== (after[key] ?? null));
}

/** Only the versioned keys, with bigint figures as numbers (one driver returns them as strings). */
export function pickVersioned(row: Record<string, unknown>): VersionedValues {
  const out: Record<string, unknown> = {};
  for (const key of VERSIONED_FIELDS) {
    const value = row[key];
    out[key] = key === 'title' || key === 'summary' || key === 'story' ? String(value ?? '') : value === null || value === undefined ? null : Number(value);
  }
  return out as VersionedValues;
}
