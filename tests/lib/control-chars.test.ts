import { describe, expect, it } from 'vitest';
import { unitSchema, userSchema } from '@/lib/accounts/schemas';
import { adminUnitRecord } from '@/lib/domain/admin-units-file';
import { campaignSchema } from '@/lib/campaigns/schema';
import { nominationDraftSchema } from '@/lib/nominations/schema';
import { hasControlChars, stripForXml } from '@/lib/domain/control-chars';

// U+0001 (C0), U+0007 (bell), U+001B (escape), U+007F (delete), U+0085 (next line, C1), U+009B (C1 escape).
const CONTROLS = ['\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u009b'];

function errorsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
}

describe('the control-character helper', () => {
  it('finds C0 and C1 controls, letting tab and line breaks through only in paragraphs', () => {
    for (const c of CONTROLS) {
      expect(hasControlChars(`a${c}b`), JSON.stringify(c)).toBe(true);
      expect(hasControlChars(`a${c}b`, { multiline: true }), JSON.stringify(c)).toBe(true);
    }
    expect(hasControlChars('Dòng 1\nDòng 2\tcột')).toBe(true);
    expect(hasControlChars('Dòng 1\r\nDòng 2\tcột', { multiline: true })).toBe(false);
    expect(hasControlChars('Bù Gia Mập – “Ngân hàng bò” 🐄')).toBe(false);
  });

  it('makes any stored text safe for XML', () => {
    expect(stripForXml('A\u0001B\u0000C\u0085D\uFFFEE\tF\nG')).toBe('ABCDE\tF\nG');
    expect(stripForXml('lẻ \uD800 cặp 🐄')).toBe('lẻ  cặp 🐄');
  });
});

describe('every text field refuses control characters', () => {
  const draft = { campaignId: '1', year: '2024', title: 'Hộ ông Điểu Văn Lộc thoát nghèo' };

  it('in a nomination, one-line fields and paragraphs alike', () => {
    for (const c of CONTROLS) {
      const fields = ['title', 'nomineeName', 'summary', 'address', 'story', 'modelHowItWorks', 'consentGivenBy'];
      const result = nominationDraftSchema.safeParse({ ...draft, ...Object.fromEntries(fields.map((f) => [f, `Văn bản ${c} có ký tự lạ`])) });
      const errors = errorsOf(result);
      for (const field of fields) expect(errors[field], `${field} ${JSON.stringify(c)}`).toMatch(/ký tự điều khiển/);
    }
    const ok = nominationDraftSchema.safeParse({ ...draft, story: 'Đoạn một.\r\n\r\nĐoạn hai,\tcó tab.', summary: 'Tóm tắt\ndán từ Word' });
    expect(ok.success).toBe(true);
    if (ok.success) {
      expect(ok.data.story).toBe('Đoạn một.\n\nĐoạn hai,\tcó tab.');
      expect(ok.data.summary).toBe('Tóm tắt dán từ Word');
    }
  });

  it('in campaigns, units, users and the administrative map', () => {
    const campaign = {
      name: 'Phong trào\u0001 mới',
      shortName: 'Mới\u0085',
      slug: 'moi',
      description: 'Mô tả\u0007',
      startYear: '2026',
      endYear: '2030',
      acceptingNominations: '',
    };
    expect(Object.keys(errorsOf(campaignSchema.safeParse(campaign))).sort()).toEqual(['description', 'name', 'shortName']);
    expect(campaignSchema.safeParse({ ...campaign, name: 'Phong trào mới', shortName: 'Mới', description: 'Dòng 1\r\nDòng 2' }).success).toBe(true);
    expect(errorsOf(unitSchema.safeParse({ name: 'UBND xã\u009b', kind: 'commune', adminUnitTree: '2024', adminUnitCode: '25267' })).name).toMatch(
      /ký tự điều khiển/,
    );
    expect(errorsOf(userSchema.safeParse({ name: 'Nguyễn\u0000 Văn A', email: 'a@x.vn', role: 'admin' })).name).toMatch(/ký tự điều khiển/);
    expect(
      adminUnitRecord.safeParse({ code: '25267', name: 'Phú\u0001 Nghĩa', fullName: 'Xã Phú Nghĩa', type: 'xã', level: 3, parentCode: '691' }).success,
    ).toBe(false);
  });
});
