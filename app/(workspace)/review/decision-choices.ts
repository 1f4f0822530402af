import type { ReviewSetup } from '@/db/queries/review-setup';
import type { ObjectionStatus } from '@/lib/domain/notice';
import { levelName } from '@/lib/domain/review-levels';
import type { NominationStatus } from '@/lib/domain/vocabulary';
import { formatDate } from '@/lib/format';
import type { ReviewAction } from '@/lib/review/decisions';
import { REVIEW_MESSAGES } from '@/lib/review/messages';
import type { DecisionChoice } from './decision-panel';

/** The decision form's options at this level, worded for it ("Đề nghị lên cấp huyện…"). */
export function decisionChoices(actions: readonly ReviewAction[], setup: ReviewSetup, level: number, status: NominationStatus): DecisionChoice[] {
  const above = (levelName(setup.levels, level + 1) ?? 'cấp trên').toLowerCase();
  const below = (levelName(setup.levels, level - 1) ?? 'cấp dưới').toLowerCase();
  const label: Record<ReviewAction, string> = {
    forward: `Đề nghị lên ${above} (ghi ý kiến đề nghị, chấm điểm các tiêu chí)`,
    open_notice: `Đưa ra công khai lấy ý kiến nhân dân trong ${setup.noticeWorkingDays} ngày làm việc (chấm điểm các tiêu chí)`,
    approve: status === 'in_notice' ? 'Công nhận và công bố (sau khi hết thời hạn công khai)' : 'Công nhận và công bố (chấm điểm các tiêu chí)',
    return_down: `Trả về ${below} để xem xét lại (ghi rõ lý do)`,
    return: 'Trả lại để đơn vị bổ sung (ghi rõ cần sửa gì)',
    reject: 'Không công nhận (ghi rõ lý do)',
  };
  const scored = (a: ReviewAction) => status === 'submitted' && (a === 'forward' || a === 'open_notice' || a === 'approve');
  return actions.map((action) => ({ action, label: label[action], scored: scored(action) }));
}

/** Said under the choices while a notice keeps the approval waiting: its end, or opinions still to judge. */
export function approvalBlockedReason(
  status: NominationStatus,
  endsAt: Date | null,
  objections: readonly { status: ObjectionStatus }[],
  now: Date,
): string | null {
  if (status !== 'in_notice') return null;
  if (endsAt && now <= endsAt) return REVIEW_MESSAGES.noticeNotOver(formatDate(endsAt));
  const open = objections.filter((o) => o.status === 'open').length;
  return open ? REVIEW_MESSAGES.objectionsOpen(open) : null;
}
