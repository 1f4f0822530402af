import { todayInVietnam } from '@/lib/domain/dates';

export interface CampaignWindow {
  acceptingNominations: boolean;
  startYear: number;
  endYear: number;
  submissionsOpenOn: string | null;
  submissionsCloseOn: string | null;
}

function vnDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Why a campaign does not take nominations today, or null when it does. */
export function campaignClosedReason(c: CampaignWindow, today = todayInVietnam()): string | null {
  if (!c.acceptingNominations) return 'Đợt thi đua này đã đóng, không nhận hồ sơ mới.';
  if (c.submissionsOpenOn && today < c.submissionsOpenOn) return `Đợt thi đua bắt đầu nhận hồ sơ từ ngày ${vnDate(c.submissionsOpenOn)}.`;
  if (c.submissionsCloseOn && today > c.submissionsCloseOn) return `Đợt thi đua đã hết hạn nhận hồ sơ từ ngày ${vnDate(c.submissionsCloseOn)}.`;
  return null;
}

export function yearOutsideCampaign(year: number, c: Pick<CampaignWindow, 'startYear' | 'endYear'>): string | null {
  return year < c.startYear || year > c.endYear ? `Năm phải trong giai đoạn ${c.startYear}–${c.endYear} của đợt thi đua.` : null;
}
