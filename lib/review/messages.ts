import type { DecisionRefusal } from '@/lib/auth/permissions';

export const REFUSAL_MESSAGES: Record<Exclude<DecisionRefusal, null> | 'own_unit_notes' | 'own_unit_commendation', string> = {
  not_reviewer: 'Chỉ cán bộ thẩm định mới quyết định hồ sơ.',
  out_of_scope: 'Hồ sơ này thuộc xã ngoài địa bàn bạn được giao thẩm định.',
  own_unit: 'Hồ sơ do chính đơn vị của bạn giới thiệu: để bảo đảm khách quan, bạn không được quyết định hồ sơ này.',
  own_unit_commendation: 'Điển hình do chính đơn vị của bạn giới thiệu: để bảo đảm khách quan, bạn không ghi nhận khen thưởng cho điển hình này.',
  own_unit_notes:
    'Hồ sơ do chính đơn vị của bạn giới thiệu: để bảo đảm khách quan, bạn không xem và không ghi ghi chú nội bộ của cán bộ thẩm định về hồ sơ này.',
};

export const REVIEW_MESSAGES = {
  notFound: 'Không tìm thấy hồ sơ này trong phạm vi bạn được xem.',
  reasonRequired: 'Vui lòng ghi rõ lý do (ít nhất vài từ), để đơn vị biết cần làm gì.',
  recommendationRequired: 'Vui lòng ghi ý kiến đề nghị của cấp mình (ít nhất vài từ) để cấp trên xem xét.',
  notSubmitted: 'Hồ sơ không ở trạng thái chờ thẩm định.',
  consentMissing: 'Chưa ghi nhận đồng ý công bố của người được giới thiệu: chỉ có thể công nhận dưới dạng ẩn danh, hoặc trả lại để đơn vị bổ sung.',
  consentIncomplete: 'Đồng ý công bố chưa đủ thông tin (ai đồng ý, ngày nào, hình thức nào): hãy trả lại để đơn vị bổ sung.',
  noticeNotOver: (endsOn: string) => `Chưa hết thời hạn công khai lấy ý kiến (đến hết ngày ${endsOn}). Chỉ công nhận sau thời hạn này.`,
  objectionsOpen: (n: number) =>
    `Còn ${n} ý kiến góp ý, phản ánh chưa được xử lý. Hãy đánh giá từng ý kiến (có cơ sở hoặc không có cơ sở) trước khi công nhận.`,
} as const;

/** A reason a unit can act on: a few words, not "ok" or a single letter. */
export function isMeaningfulReason(text: string | null | undefined): boolean {
  const words = (text ?? '')
    .normalize('NFC')
    .trim()
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  return words.length >= 3;
}
