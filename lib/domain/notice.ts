// Public notice (công khai lấy ý kiến): citizens' opinions on a dossier before the deciding level approves it.

export const OBJECTION_STATUSES = ['open', 'founded', 'unfounded'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];
export const OBJECTION_STATUS_LABELS: Record<ObjectionStatus, string> = {
  open: 'Chưa xử lý',
  founded: 'Có cơ sở',
  unfounded: 'Không có cơ sở',
};

export const OBJECTION_MAX_CHARS = 2000;
export const DEFAULT_NOTICE_WORKING_DAYS = 10;
