import type { MailKind, MailStatus } from '@/lib/domain/mail-preferences';

export const MAIL_STATUS_LABELS: Record<MailStatus, string> = {
  pending: 'Chờ gửi',
  sending: 'Đang gửi',
  sent: 'Đã gửi',
  failed: 'Gửi thất bại',
};

export const MAIL_KIND_LABELS: Record<MailKind, string> = {
  notification: 'Thông báo',
  digest: 'Tóm tắt hằng ngày',
  setup_link: 'Đường dẫn đặt mật khẩu',
};

export function mailStatusLabel(status: string): string {
  return MAIL_STATUS_LABELS[status as MailStatus] ?? status;
}

export function mailKindLabel(kind: string): string {
  return MAIL_KIND_LABELS[kind as MailKind] ?? kind;
}
