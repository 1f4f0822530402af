import { getTableColumns } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nominations } from '@/db/schema/nominations';
import { ETHNICITIES, ethnicityCodeFromName, ethnicityName } from '@/lib/domain/ethnicities';
import {
  NOMINATION_DRAFT_KEYS,
  draftInputOf,
  fieldErrorsOf,
  nominationDraftSchema,
  stripIrrelevantFields,
  submissionProblems,
  type NominationDraft,
} from '@/lib/nominations/schema';

const STORY = [
  'Năm 2020, gia đình còn thuộc diện hộ nghèo của xã Phú Nghĩa, vườn điều già cỗi chỉ cho khoảng 6 tạ mỗi héc-ta.',
  'Được Hội Nông dân tập huấn ghép cải tạo, gia đình ghép lại 1,8 ha điều, vay thêm vốn chính sách để mua phân bón và thoát nghèo sau hai năm.',
].join('\n\n');

const common = {
  campaignId: '1',
  year: '2023',
  communeTree: '2024',
  communeCode: '25267',
  field: 'know_how',
  title: 'Hộ ông Điểu Văn Lộc thoát nghèo nhờ ghép cải tạo vườn điều',
  summary: 'Gia đình ghép cải tạo 1,8 ha điều và giúp 14 hộ trong bon cùng làm.',
  story: STORY,
  contactPhone: '0985 731 942',
  householdsEscaped: '3',
  beneficiaryHouseholds: '14',
  ethnicMinorityHouseholds: '9',
  contributionVnd: '15.000.000',
  startedYear: '2021',
};
const consent = { consentGiven: 'yes', consentGivenBy: 'Điểu Văn Lộc', consentDate: '2023-03-14', consentForm: 'recorded_verbal' };

const VALID: Record<'individual' | 'household' | 'collective' | 'model', Record<string, string>> = {
  individual: {
    ...common,
    ...consent,
    nomineeKind: 'individual',
    nomineeName: 'Trần Văn Hùng',
    gender: 'male',
    birthYear: '1958',
    ethnicity: '01',
    nomineeRole: 'Chi hội trưởng Chi hội Cựu chiến binh thôn 4',
  },
  household: { ...common, ...consent, nomineeKind: 'household', nomineeName: 'Hộ ông Điểu Văn Lộc', ethnicity: '22' },
  collective: {
    ...common,
    nomineeKind: 'collective',
    nomineeName: 'Tổ tiết kiệm và vay vốn thôn Bình Giai',
    collectiveType: 'Tổ tiết kiệm và vay vốn',
    collectiveSize: '46',
  },
  model: {
    ...common,
    nomineeKind: 'model',
    nomineeName: 'Ngân hàng bò xã Phú Nghĩa',
    modelHowItWorks: 'Bê cái lứa đầu được chuyển cho hộ tiếp theo trong danh sách do thôn, bon bình xét.',
    modelSince: '2020',
  },
};

const ONE_PUBLIC_PHOTO = { photoCount: 1, publicPhotoCount: 1 };

function parse(input: Record<string, unknown>): NominationDraft {
  const result = nominationDraftSchema.safeParse(input);
  if (!result.success) throw new Error(JSON.stringify(fieldErrorsOf(result.error)));
  return result.data;
}

function errorsOf(input: Record<string, unknown>): Record<string, string> {
  const result = nominationDraftSchema.safeParse(input);
  expect(result.success).toBe(false);
  return result.success ? {} : fieldErrorsOf(result.error);
}

const problemFields = (input: Record<string, string>, photos = ONE_PUBLIC_PHOTO) => submissionProblems(parse(input), photos).map((p) => p.field);

afterEach(() => {
  vi.useRealTimers();
});

describe('a complete draft of each kind', () => {
  for (const [kind, input] of Object.entries(VALID)) {
    it(`${kind}: parses and has no submission problems with a public photo`, () => {
      const draft = parse(input);
      expect(draft.nomineeKind).toBe(kind);
      expect(submissionProblems(draft, ONE_PUBLIC_PHOTO)).toEqual([]);
    });
  }

  it('outputs only nominations column names, so the draft can be written as is', () => {
    const columns = Object.keys(getTableColumns(nominations));
    expect(NOMINATION_DRAFT_KEYS.filter((k) => !columns.includes(k))).toEqual([]);
    expect(Object.keys(parse(VALID.individual)).sort()).toEqual([...NOMINATION_DRAFT_KEYS].sort());
  });

  it('fills absent fields with null, and summary/story with the empty text', () => {
    const draft = parse({ title: 'Chỉ có tiêu đề' });
    expect(draft.nomineeName).toBeNull();
    expect(draft.birthYear).toBeNull();
    expect(draft.consentGiven).toBeNull();
    expect(draft.version).toBeNull();
    expect(draft.summary).toBe('');
    expect(draft.story).toBe('');
    expect(draft.publishMode).toBe('named');
  });
});

describe('what is missing before submitting', () => {
  it('a title-only draft saves, and lists every general requirement', () => {
    expect(problemFields({ title: 'Chỉ có tiêu đề' }, { photoCount: 0, publicPhotoCount: 0 })).toEqual([
      'campaignId',
      'year',
      'communeCode',
      'field',
      'nomineeKind',
      'nomineeName',
      'summary',
      'story',
      'householdsEscaped',
      'photos',
    ]);
  });

  it('requires a title even for a draft', () => {
    expect(errorsOf({ ...VALID.model, title: '   ' }).title).toBe('Vui lòng nhập tên điển hình (tiêu đề).');
  });

  it('individual: gender, birth year and ethnicity', () => {
    expect(problemFields({ ...VALID.individual, gender: '', birthYear: '', ethnicity: '' })).toEqual(['gender', 'birthYear', 'ethnicity']);
  });

  it('household: ethnicity of the head', () => {
    const problems = submissionProblems(parse({ ...VALID.household, ethnicity: '' }), ONE_PUBLIC_PHOTO);
    expect(problems).toEqual([{ field: 'ethnicity', message: 'Vui lòng chọn dân tộc của chủ hộ.' }]);
  });

  it('collective: its type', () => {
    expect(problemFields({ ...VALID.collective, collectiveType: '' })).toEqual(['collectiveType']);
  });

  it('model: how it works and since when', () => {
    expect(problemFields({ ...VALID.model, modelHowItWorks: '', modelSince: '' })).toEqual(['modelHowItWorks', 'modelSince']);
  });

  it('a story shorter than 200 characters', () => {
    const problem = submissionProblems(parse({ ...VALID.model, story: 'Câu chuyện ngắn.' }), ONE_PUBLIC_PHOTO);
    expect(problem).toEqual([{ field: 'story', message: 'Câu chuyện cần ít nhất 200 ký tự (hiện có 16).' }]);
  });

  it('at least one impact figure above zero', () => {
    const zeros = { householdsEscaped: '0', beneficiaryHouseholds: '', ethnicMinorityHouseholds: '', contributionVnd: '' };
    expect(problemFields({ ...VALID.model, ...zeros })).toEqual(['householdsEscaped']);
  });

  it('a photo that may be published', () => {
    const problems = submissionProblems(parse(VALID.collective), { photoCount: 2, publicPhotoCount: 0 });
    expect(problems.map((p) => p.field)).toEqual(['photos']);
    expect(problems[0]?.message).toMatch(/^Cần ít nhất một ảnh được phép công bố\. Hãy đánh dấu/);
    const none = submissionProblems(parse(VALID.collective), { photoCount: 0, publicPhotoCount: 0 });
    expect(none).toEqual([{ field: 'photos', message: 'Cần ít nhất một ảnh được phép công bố.' }]);
  });

  it('consent missing for a household', () => {
    const input = { ...VALID.household, consentGiven: '', consentGivenBy: '', consentDate: '', consentForm: '' };
    expect(problemFields(input)).toEqual(['consentGiven']);
  });

  it('consent given but not recorded in full', () => {
    expect(problemFields({ ...VALID.individual, consentGivenBy: '', consentForm: '' })).toEqual(['consentGivenBy', 'consentForm']);
  });

  it('consent refused: only an anonymised publication may go ahead', () => {
    const refused = { ...VALID.household, consentGiven: 'no', consentGivenBy: '', consentDate: '', consentForm: '' };
    expect(submissionProblems(parse({ ...refused, publishMode: 'named' }), ONE_PUBLIC_PHOTO)).toEqual([
      { field: 'publishMode', message: 'Chưa có đồng ý công bố: hồ sơ chỉ có thể công bố ẩn danh.' },
    ]);
    expect(submissionProblems(parse({ ...refused, publishMode: 'anonymised' }), ONE_PUBLIC_PHOTO)).toEqual([]);
  });

  it('collectives and models need no personal consent', () => {
    expect(parse(VALID.collective).consentGiven).toBeNull();
    expect(problemFields(VALID.collective)).toEqual([]);
  });
});

describe('text', () => {
  it('stores NFC: decomposed input comes out composed', () => {
    const decomposed = 'Phú Nghĩa'.normalize('NFD');
    expect(decomposed).not.toBe('Phú Nghĩa');
    const draft = parse({ ...VALID.model, nomineeName: `  ${decomposed}  `, address: `thôn 1, xã ${decomposed}` });
    expect(draft.nomineeName).toBe('Phú Nghĩa');
    expect(draft.address).toBe('thôn 1, xã Phú Nghĩa');
  });

  it('summary: 500 characters accepted, 501 refused, counted after NFC', () => {
    const text500 = 'Hộ nghèo ở Phú Nghĩa vượt khó, '.repeat(20).slice(0, 499) + 'ễ';
    expect([...text500].length).toBe(500);
    // The decomposed form has far more code points; it must still count as 500.
    expect(parse({ ...VALID.model, summary: text500.normalize('NFD') }).summary).toBe(text500);
    expect(errorsOf({ ...VALID.model, summary: `${text500}ữ` }).summary).toBe('Tóm tắt không được dài quá 500 ký tự.');
  });

  it('story keeps paragraphs and drops layout noise', () => {
    const story = 'Đoạn một.   \r\nvẫn đoạn một.\r\n\r\n\r\n\r\nĐoạn hai.\t \n\n\nĐoạn ba.\n';
    expect(parse({ ...VALID.model, story }).story).toBe('Đoạn một.\nvẫn đoạn một.\n\nĐoạn hai.\n\nĐoạn ba.');
  });

  it('one-line fields collapse inner whitespace', () => {
    expect(parse({ ...VALID.model, title: 'Ngân  hàng\n bò' }).title).toBe('Ngân hàng bò');
  });

  it('phone numbers: Vietnamese forms accepted, others refused', () => {
    for (const ok of ['0913 482 615', '+84 913.482.615', '02713 812 345', '913482615']) {
      expect(parse({ ...VALID.model, contactPhone: ok }).contactPhone).toBe(ok);
    }
    for (const bad of ['0913-482-615', '12345678', '091348261512', '+1 913 482 615', '+84 0913 482 615']) {
      expect(errorsOf({ ...VALID.model, contactPhone: bad }).contactPhone).toMatch(/^Số điện thoại không hợp lệ/);
    }
  });
});

describe('numbers', () => {
  it('accepts Vietnamese thousands grouping', () => {
    expect(parse({ ...VALID.model, contributionVnd: '1.234.567' }).contributionVnd).toBe(1234567);
    expect(parse({ ...VALID.model, contributionVnd: '1 234 567' }).contributionVnd).toBe(1234567);
    expect(parse({ ...VALID.model, jobsCreated: '12' }).jobsCreated).toBe(12);
  });

  it('refuses negatives and decimals with one clear message', () => {
    for (const bad of ['-5', '1,5', '1.5', '12.34.567', 'mười']) {
      expect(errorsOf({ ...VALID.model, contributionVnd: bad }).contributionVnd).toBe('Phải là số nguyên không âm.');
    }
    expect(errorsOf({ ...VALID.model, householdsEscaped: '-5' }).householdsEscaped).toBe('Phải là số nguyên không âm.');
  });

  it('refuses figures above the limit', () => {
    expect(errorsOf({ ...VALID.model, jobsCreated: '10.000.001' }).jobsCreated).toBe('Số việc làm tạo ra không được lớn hơn 10.000.000.');
    expect(errorsOf({ ...VALID.collective, collectiveSize: '0' }).collectiveSize).toBe('Số thành viên phải ít nhất là 1.');
  });

  it('refuses more ethnic-minority households than beneficiary households', () => {
    const errors = errorsOf({ ...VALID.model, beneficiaryHouseholds: '10', ethnicMinorityHouseholds: '11', year: '1999' });
    expect(errors.ethnicMinorityHouseholds).toBe('Số hộ đồng bào dân tộc thiểu số không được lớn hơn số hộ hưởng lợi.');
    // Shown beside the other field errors, not after they are fixed.
    expect(errors.year).toBe('Năm phải trong khoảng 2000–2100.');
    expect(parse({ ...VALID.model, beneficiaryHouseholds: '10', ethnicMinorityHouseholds: '10' }).ethnicMinorityHouseholds).toBe(10);
  });

  it('years: in range, not in the future', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-06-01T00:00:00Z'));
    expect(errorsOf({ ...VALID.individual, birthYear: '2026' }).birthYear).toBe('Năm sinh phải trong khoảng 1900–2025.');
    expect(errorsOf({ ...VALID.individual, birthYear: '1899' }).birthYear).toBe('Năm sinh phải trong khoảng 1900–2025.');
    expect(parse({ ...VALID.individual, birthYear: '2025' }).birthYear).toBe(2025);
  });
});

describe('consent and publication fields', () => {
  it('maps yes/no/blank to true/false/null and refuses anything else', () => {
    expect(parse({ ...VALID.household, consentGiven: 'yes' }).consentGiven).toBe(true);
    expect(parse({ ...VALID.household, consentGiven: 'no' }).consentGiven).toBe(false);
    expect(parse({ ...VALID.household, consentGiven: '' }).consentGiven).toBeNull();
    expect(errorsOf({ ...VALID.household, consentGiven: 'maybe' }).consentGiven).toMatch(/“Có” hoặc “Không”/);
  });

  it('consent date: a real day, not after today in Vietnam', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // 06:00 on 1 June in Vietnam is still 31 May in UTC.
    vi.setSystemTime(new Date('2025-05-31T23:00:00Z'));
    expect(parse({ ...VALID.household, consentDate: '2025-06-01' }).consentDate).toBe('2025-06-01');
    expect(errorsOf({ ...VALID.household, consentDate: '2025-06-02' }).consentDate).toBe('Ngày đồng ý không được sau ngày hôm nay.');
    expect(errorsOf({ ...VALID.household, consentDate: '2023-02-30' }).consentDate).toBe('Ngày đồng ý không hợp lệ.');
    expect(errorsOf({ ...VALID.household, consentDate: '14/03/2023' }).consentDate).toMatch(/YYYY-MM-DD/);
  });

  it('refuses a publish mode outside the vocabulary', () => {
    expect(errorsOf({ ...VALID.household, publishMode: 'anonymous' }).publishMode).toMatch(/^Cách công bố không hợp lệ/);
  });
});

describe('shape', () => {
  it('refuses unknown keys, such as an attempt to set the status', () => {
    const result = nominationDraftSchema.safeParse({ ...VALID.model, status: 'approved' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
    expect(fieldErrorsOf(result.error!).form).toBe('Biểu mẫu có trường không được hỗ trợ: status.');
  });

  it('draftInputOf keeps only the form fields of FormData', () => {
    const form = new FormData();
    form.set('title', 'Tiêu đề');
    form.set('$ACTION_ID_abc', '');
    form.set('photo', new Blob(['x']), 'a.jpg');
    expect(draftInputOf(form)).toEqual({ title: 'Tiêu đề' });
  });

  it('stripIrrelevantFields clears what the kind does not use', () => {
    const draft = parse({ ...VALID.individual, collectiveType: 'Tổ hợp tác', modelSince: '2020' });
    expect(draft.collectiveType).toBe('Tổ hợp tác');
    const stripped = stripIrrelevantFields(draft);
    expect(stripped.collectiveType).toBeNull();
    expect(stripped.modelSince).toBeNull();
    expect(stripped.gender).toBe('male');
    expect(stripped.ethnicity).toBe('01');
    expect(stripped.title).toBe(draft.title);
  });

  it('stripIrrelevantFields on a household keeps ethnicity and role, drops person fields', () => {
    const stripped = stripIrrelevantFields(parse({ ...VALID.household, gender: 'female', birthYear: '1980', nomineeRole: 'Trưởng bon' }));
    expect([stripped.gender, stripped.birthYear]).toEqual([null, null]);
    expect([stripped.ethnicity, stripped.nomineeRole]).toEqual(['22', 'Trưởng bon']);
  });
});

describe('ethnicities', () => {
  it('are the 54 groups with codes 01..54 in order and NFC names', () => {
    expect(ETHNICITIES).toHaveLength(54);
    expect(ETHNICITIES.map((e) => e.code)).toEqual(Array.from({ length: 54 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(new Set(ETHNICITIES.map((e) => e.name)).size).toBe(54);
    for (const { name } of ETHNICITIES) expect(name).toBe(name.normalize('NFC'));
    expect(ethnicityName('01')).toBe('Kinh');
    expect(ethnicityName('22')).toBe('Xtiêng');
    expect(ethnicityName('54')).toBe('Rơ-măm');
    expect(ethnicityName('55')).toBeNull();
  });

  it('match the GSO list name for name', () => {
    const official =
      'Kinh, Tày, Thái, Hoa, Khơ-me, Mường, Nùng, HMông, Dao, Gia-rai, Ngái, Ê-đê, Ba na, Xơ-Đăng, Sán Chay, ' +
      'Cơ-ho, Chăm, Sán Dìu, Hrê, Mnông, Ra-glai, Xtiêng, Bru-Vân Kiều, Thổ, Giáy, Cơ-tu, Gié Triêng, Mạ, ' +
      'Khơ-mú, Co, Tà-ôi, Chơ-ro, Kháng, Xinh-mun, Hà Nhì, Chu ru, Lào, La Chí, La Ha, Phù Lá, La Hủ, Lự, ' +
      'Lô Lô, Chứt, Mảng, Pà Thẻn, Co Lao, Cống, Bố Y, Si La, Pu Péo, Brâu, Ơ Đu, Rơ-măm';
    expect(ETHNICITIES.map((e) => e.name).join(', ')).toBe(official.normalize('NFC'));
  });

  it('every official name maps back to its own code', () => {
    for (const { code, name } of ETHNICITIES) {
      expect(ethnicityCodeFromName(name)).toBe(code);
      expect(ethnicityCodeFromName(name.normalize('NFD').toUpperCase())).toBe(code);
    }
  });

  it('maps the spellings used in the demo seed and common variants', () => {
    const cases: [string, string | null][] = [
      ['Kinh', '01'],
      ["S'tiêng", '22'],
      ['S’tiêng', '22'],
      ["M'nông", '20'],
      ['Nùng', '07'],
      ['Tày', '02'],
      ['dân tộc Mông', '08'],
      ['Kinh (Việt)', '01'],
      ['Ê Đê', '12'],
      ['Gia Rai', '10'],
      ['Khmer', '05'],
      ['7', '07'],
      ['Klingon', null],
      ['', null],
      ['99', null],
    ];
    for (const [name, code] of cases) expect([name, ethnicityCodeFromName(name)]).toEqual([name, code]);
  });

  it('the schema takes codes, not names', () => {
    expect(parse({ ...VALID.household, ethnicity: '22' }).ethnicity).toBe('22');
    expect(errorsOf({ ...VALID.household, ethnicity: 'Kinh' }).ethnicity).toBe('Dân tộc không hợp lệ, vui lòng chọn trong danh sách.');
  });
});
