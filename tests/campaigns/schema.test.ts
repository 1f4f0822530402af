import { describe, expect, it } from 'vitest';
import { campaignSchema, suggestCampaignSlug } from '@/lib/campaigns/schema';
import { stringMatching } from '../support/matchers';

const valid = {
  name: 'Cả nước chung tay vì người nghèo giai đoạn 2026–2030',
  shortName: 'Chung tay vì người nghèo 2026–2030',
  slug: 'chung-tay-2026-2030',
  description: '',
  startYear: '2026',
  endYear: '2030',
  submissionsOpenOn: '',
  submissionsCloseOn: '',
  acceptingNominations: 'on',
};

function errorsOf(raw: Record<string, unknown>): Record<string, string> {
  const parsed = campaignSchema.safeParse(raw);
  if (parsed.success) return {};
  const out: Record<string, string> = {};
  for (const issue of parsed.error.issues) out[String(issue.path[0] ?? 'form')] ??= issue.message;
  return out;
}

describe('suggestCampaignSlug', () => {
  it('folds Vietnamese accents and đ, joins words with single hyphens', () => {
    expect(suggestCampaignSlug('Chung tay vì người nghèo 2026–2030')).toBe('chung-tay-vi-nguoi-ngheo-2026-2030');
    expect(suggestCampaignSlug('  Đoàn kết — Đổi mới!  ')).toBe('doan-ket-doi-moi');
    expect(suggestCampaignSlug('“…”')).toBe('');
  });

  it('never exceeds 80 characters nor ends on a hyphen', () => {
    const slug = suggestCampaignSlug('Phong trào '.repeat(20));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('campaignSchema', () => {
  it('normalises text to NFC, trims it and reads the checkbox and empty dates', () => {
    const decomposed = 'Chung tay vì người nghèo'.normalize('NFD');
    const parsed = campaignSchema.parse({ ...valid, name: `  ${decomposed}   2026  `, acceptingNominations: undefined });
    expect(parsed.name).toBe('Chung tay vì người nghèo 2026');
    expect(parsed.name).toBe(parsed.name.normalize('NFC'));
    expect(parsed).toMatchObject({ startYear: 2026, endYear: 2030, acceptingNominations: false, submissionsOpenOn: null, submissionsCloseOn: null });
  });

  it('suggests the slug from the short name when it is left empty', () => {
    expect(campaignSchema.parse({ ...valid, slug: '  ' }).slug).toBe('chung-tay-vi-nguoi-ngheo-2026-2030');
  });

  it('gives a Vietnamese message under each bad field', () => {
    const errors = errorsOf({ ...valid, name: 'Ngắn', shortName: '', slug: 'Chung tay', description: 'x'.repeat(4001), startYear: '1999', endYear: 'năm' });
    expect(errors).toEqual({
      name: 'Tên phong trào cần ít nhất 5 ký tự.',
      shortName: 'Vui lòng nhập tên ngắn.',
      slug: stringMatching(/^Đường dẫn chỉ gồm chữ thường không dấu/),
      description: 'Mô tả không được dài quá 4000 ký tự.',
      startYear: 'Năm phải từ 2000 đến 2100.',
      endYear: 'Năm gồm 4 chữ số, ví dụ 2026.',
    });
    expect(errorsOf({ ...valid, slug: 'a--b' }).slug).toBeTruthy();
    expect(errorsOf({ ...valid, slug: `${'a'.repeat(81)}` }).slug).toMatch(/80 ký tự/);
    expect(errorsOf({ ...valid, startYear: '' }).startYear).toBe('Vui lòng nhập năm bắt đầu.');
  });

  it('keeps the years in order and at most ten of them', () => {
    expect(errorsOf({ ...valid, startYear: '2030', endYear: '2026' })).toEqual({ endYear: 'Năm kết thúc không được trước năm bắt đầu.' });
    expect(errorsOf({ ...valid, startYear: '2021', endYear: '2031' })).toEqual({ endYear: 'Một phong trào kéo dài tối đa 10 năm.' });
    expect(errorsOf({ ...valid, startYear: '2021', endYear: '2030' })).toEqual({});
    expect(errorsOf({ ...valid, startYear: '2025', endYear: '2025' })).toEqual({});
  });

  it('accepts only real days for the window, opening no later than closing', () => {
    expect(errorsOf({ ...valid, submissionsOpenOn: '2026-02-30' }).submissionsOpenOn).toBe('Ngày này không có trên lịch.');
    expect(errorsOf({ ...valid, submissionsCloseOn: '30/06/2026' }).submissionsCloseOn).toBe('Ngày không hợp lệ.');
    expect(errorsOf({ ...valid, submissionsOpenOn: '2026-07-01', submissionsCloseOn: '2026-06-30' })).toEqual({
      submissionsCloseOn: 'Ngày hết hạn nhận hồ sơ không được trước ngày bắt đầu nhận.',
    });
    const parsed = campaignSchema.parse({ ...valid, submissionsOpenOn: '2026-03-01', submissionsCloseOn: '2026-03-01' });
    expect(parsed).toMatchObject({ submissionsOpenOn: '2026-03-01', submissionsCloseOn: '2026-03-01' });
  });

  it('refuses fields the form does not have', () => {
    expect(campaignSchema.safeParse({ ...valid, id: '7' }).success).toBe(false);
  });
});
