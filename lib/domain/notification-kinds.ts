import type { NominationAction } from './state-machine';

// Client-safe: the page, the badge and a future mail sender share these codes and their wording.

export const NOTIFICATION_KINDS = [
  'submitted',
  'forwarded',
  'returned_down',
  'in_notice',
  'objection',
  'assigned',
  'returned',
  'approved',
  'rejected',
  'commended',
  'unpublished',
  'republished',
  'replication_request',
  'follow_up_filed',
  'follow_up_confirmed',
  'update_proposed',
  'update_approved',
  'update_rejected',
  'comment_published',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_LABELS: Record<NotificationKind, string> = {
  submitted: 'Hồ sơ mới gửi thẩm định',
  forwarded: 'Hồ sơ được đề nghị lên cấp trên',
  returned_down: 'Hồ sơ được trả về cấp dưới để xem xét lại',
  in_notice: 'Hồ sơ được đưa ra công khai lấy ý kiến',
  objection: 'Có ý kiến góp ý, phản ánh về hồ sơ đang công khai',
  assigned: 'Hồ sơ được giao cho bạn thẩm định',
  returned: 'Hồ sơ bị trả lại để bổ sung',
  approved: 'Hồ sơ được công nhận',
  rejected: 'Hồ sơ không được công nhận',
  commended: 'Điển hình được khen thưởng, biểu dương',
  unpublished: 'Điển hình bị gỡ công bố',
  republished: 'Điển hình được công bố lại',
  replication_request: 'Có đăng ký học tập, nhân rộng điển hình',
  follow_up_filed: 'Đơn vị gửi báo cáo theo dõi sau công nhận',
  follow_up_confirmed: 'Báo cáo theo dõi sau công nhận được xác nhận',
  update_proposed: 'Đơn vị đề xuất cập nhật một điển hình đã công nhận',
  update_approved: 'Đề xuất cập nhật điển hình được duyệt',
  update_rejected: 'Đề xuất cập nhật điển hình không được duyệt',
  comment_published: 'Có ý kiến bạn đọc mới được đăng trên điển hình',
};

/**
 * Who hears about each kind: the reviewers of the level the dossier is now at, the nominating unit,
 * or the one reviewer it was assigned to. A dossier that moves between levels tells both sides.
 */
export type Audience = 'reviewers' | 'unit' | 'assignee';
export const NOTIFICATION_AUDIENCE: Record<NotificationKind, readonly Audience[]> = {
  submitted: ['reviewers'],
  forwarded: ['reviewers', 'unit'],
  returned_down: ['reviewers', 'unit'],
  in_notice: ['unit'],
  objection: ['reviewers'],
  assigned: ['assignee'],
  returned: ['unit'],
  approved: ['unit'],
  rejected: ['unit'],
  commended: ['unit'],
  unpublished: ['unit'],
  republished: ['unit'],
  replication_request: ['unit'],
  follow_up_filed: ['reviewers'],
  follow_up_confirmed: ['unit'],
  update_proposed: ['reviewers'],
  update_approved: ['unit'],
  update_rejected: ['unit'],
  comment_published: ['unit'],
};

/** What each transition tells (withdrawing a submission tells no one: it was never decided). */
export const NOTIFICATION_FOR_ACTION: Record<NominationAction, NotificationKind | null> = {
  submit: 'submitted',
  withdraw: null,
  forward: 'forwarded',
  return_down: 'returned_down',
  open_notice: 'in_notice',
  approve: 'approved',
  return: 'returned',
  reject: 'rejected',
  unpublish: 'unpublished',
  republish: 'republished',
  file_follow_up: 'follow_up_filed',
  confirm_follow_up: 'follow_up_confirmed',
  propose_update: 'update_proposed',
  withdraw_update: null,
  approve_update: 'update_approved',
  reject_update: 'update_rejected',
};

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/** Rows outlive code changes: a kind this version no longer knows still gets a readable title. */
export function notificationLabel(kind: string): string {
  return isNotificationKind(kind) ? NOTIFICATION_LABELS[kind] : 'Thông báo về hồ sơ';
}
