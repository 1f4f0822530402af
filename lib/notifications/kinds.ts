// Client-safe: the page, the badge and a future mail sender share these codes and their wording.

export const NOTIFICATION_KINDS = ['submitted', 'returned', 'approved', 'rejected', 'commended', 'unpublished', 'republished'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_LABELS: Record<NotificationKind, string> = {
  submitted: 'Hồ sơ mới gửi thẩm định',
  returned: 'Hồ sơ bị trả lại để bổ sung',
  approved: 'Hồ sơ được công nhận',
  rejected: 'Hồ sơ không được công nhận',
  commended: 'Điển hình được khen thưởng, biểu dương',
  unpublished: 'Điển hình bị gỡ công bố',
  republished: 'Điển hình được công bố lại',
};

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/** Rows outlive code changes: a kind this version no longer knows still gets a readable title. */
export function notificationLabel(kind: string): string {
  return isNotificationKind(kind) ? NOTIFICATION_LABELS[kind] : 'Thông báo về hồ sơ';
}
