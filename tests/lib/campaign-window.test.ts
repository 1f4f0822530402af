import { describe, expect, it } from 'vitest';
import { todayInVietnam } from '@/lib/domain/dates';
import { campaignClosedReason, yearOutsideCampaign } from '@/lib/nominations/campaign-window';

const OPEN = { acceptingNominations: true, startYear: 2021, endYear: 2025, submissionsOpenOn: '2025-03-01', submissionsCloseOn: '2025-10-31' };

describe('the campaign window', () => {
  it('is open from the first to the last day inclusive, in calendar days', () => {
    expect(campaignClosedReason(OPEN, '2025-03-01')).toBeNull();
    expect(campaignClosedReason(OPEN, '2025-10-31')).toBeNull();
    expect(campaignClosedReason(OPEN, '2025-02-28')).toBe('Đợt thi đua bắt đầu nhận hồ sơ từ ngày 01/03/2025.');
    expect(campaignClosedReason(OPEN, '2025-11-01')).toBe('Đợt thi đua đã hết hạn nhận hồ sơ từ ngày 31/10/2025.');
  });

  it('has no limit on a side without a date, and a closed campaign is closed whatever the date', () => {
    expect(campaignClosedReason({ ...OPEN, submissionsOpenOn: null, submissionsCloseOn: null }, '2030-01-01')).toBeNull();
    expect(campaignClosedReason({ ...OPEN, acceptingNominations: false }, '2025-05-05')).toMatch(/đã đóng/);
  });

  it('takes years of the campaign’s period only', () => {
    expect(yearOutsideCampaign(2021, OPEN)).toBeNull();
    expect(yearOutsideCampaign(2025, OPEN)).toBeNull();
    expect(yearOutsideCampaign(2020, OPEN)).toBe('Năm phải trong giai đoạn 2021–2025 của đợt thi đua.');
    expect(yearOutsideCampaign(2026, OPEN)).not.toBeNull();
  });

  it('counts days in Vietnam: 18:00 UTC on 31/10 is already 1/11 there', () => {
    expect(todayInVietnam(new Date('2025-10-31T16:59:59Z'))).toBe('2025-10-31');
    expect(todayInVietnam(new Date('2025-10-31T17:00:00Z'))).toBe('2025-11-01');
    expect(campaignClosedReason(OPEN, todayInVietnam(new Date('2025-10-31T18:00:00Z')))).toMatch(/hết hạn/);
  });
});
