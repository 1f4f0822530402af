import { z } from 'zod';
import { ETHNICITY_CODES } from '@/lib/domain/ethnicities';
import { ADMIN_TREES, CONSENT_FORMS, FIELDS, GENDERS, NOMINEE_KINDS, PUBLISH_MODES, type NomineeKind, IMPACT_FIGURE_KEYS } from '@/lib/domain/vocabulary';
import { controlCharsMessage, hasControlChars } from '@/lib/domain/control-chars';
import { nfc } from '@/lib/domain/fold';
import { todayInVietnam } from '@/lib/domain/dates';

export { fieldErrorsOf } from '@/lib/accounts/schemas';

// Shared by the nomination form and its server action: imports nothing server-only.
// Keys equal the drizzle property names of `nominations`, so a parsed draft is a row patch.

const NONNEGATIVE_INT = 'Phải là số nguyên không âm.';

/** Code points, not UTF-16 units: what a person counts as characters. */
const charCount = (s: string) => [...s].length;

/** "10000000" → "10.000.000", the Vietnamese grouping people read in messages. */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

const currentYear = () => Number(todayInVietnam().slice(0, 4));

/** Every form value arrives as a string; blank means "not filled in", stored as null. */
function blankToNull(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') return v;
  const s = nfc(v).trim();
  return s === '' ? null : s;
}

const optional = <T extends z.ZodType>(inner: T) => z.preprocess(blankToNull, inner.nullable());

/** Within `max` characters, and no control characters (tab and line breaks only in paragraphs). */
const maxChars = (label: string, max: number, { multiline = false } = {}) =>
  z
    .string({ error: `${label} không hợp lệ.` })
    .refine((s) => charCount(s) <= max, `${label} không được dài quá ${max} ký tự.`)
    .refine((s) => !hasControlChars(s, { multiline }), controlCharsMessage(label));

/** One line of text: inner runs of whitespace (pasted tabs, line breaks) become one space. */
const line = (label: string, max: number) =>
  optional(
    z
      .string({ error: `${label} không hợp lệ.` })
      .transform((s) => s.replace(/\s+/g, ' '))
      .pipe(maxChars(label, max)),
  );

/** Paragraphs are kept; stray whitespace that only upsets the layout is not. */
export function normaliseParagraphs(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
const paragraphsField = (label: string, max: number) =>
  optional(
    z
      .string({ error: `${label} không hợp lệ.` })
      .transform(normaliseParagraphs)
      .pipe(maxChars(label, max, { multiline: true })),
  );

const choice = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  optional(z.enum(values, { error: `${label} không hợp lệ, vui lòng chọn trong danh sách.` }));

/** Plain digits, or Vietnamese thousands grouping with dots or spaces ("1.234.567", "1 234 567"). */
function toCount(v: unknown): unknown {
  const s = blankToNull(v);
  if (typeof s !== 'string') return s;
  if (/^\d+$/.test(s) || /^\d{1,3}(?:[.\s]\d{3})+$/.test(s)) return Number(s.replace(/[.\s]/g, ''));
  return s; // "-5", "1,5", "1.5": left as text so the number check refuses it with NONNEGATIVE_INT
}

const count = (label: string, max: number, min = 0) =>
  z.preprocess(
    toCount,
    z
      .number({ error: NONNEGATIVE_INT })
      .int(NONNEGATIVE_INT)
      .min(min, min === 0 ? NONNEGATIVE_INT : `${label} phải ít nhất là ${grouped(min)}.`)
      .max(max, `${label} không được lớn hơn ${grouped(max)}.`)
      .nullable(),
  );

const year = (label: string, min: number, max: () => number) => {
  const message = () => `${label} phải trong khoảng ${min}–${max()}.`;
  return z.preprocess(
    (v) => {
      const s = blankToNull(v);
      return typeof s === 'string' && /^\d{4}$/.test(s) ? Number(s) : s;
    },
    z
      .number({ error: message })
      .int({ error: message })
      .refine((y) => y >= min && y <= max(), { error: message })
      .nullable(),
  );
};
const pastYear = (label: string) => year(label, 1900, currentYear);

const id = (message: string) =>
  z.preprocess(
    (v) => {
      const s = blankToNull(v);
      return typeof s === 'string' && /^\d{1,9}$/.test(s) ? Number(s) : s;
    },
    z.number({ error: message }).int({ error: message }).min(1, message).nullable(),
  );

/** Digits, spaces and dots, optionally after +84 or 0; 9–11 digits when written with the leading 0. */
const PHONE_MESSAGE = 'Số điện thoại không hợp lệ: chỉ gồm chữ số, dấu cách, dấu chấm, có thể bắt đầu bằng +84 hoặc 0, từ 9 đến 11 chữ số.';
const phone = optional(
  z
    .string({ error: PHONE_MESSAGE })
    .transform((s) => s.replace(/\s+/g, ' '))
    .refine((s) => {
      const compact = s.replace(/[ .]/g, '');
      if (!/^(?:\+84(?!0))?\d+$/.test(compact)) return false;
      const domestic = compact.startsWith('+84') ? `0${compact.slice(3)}` : compact;
      return domestic.length >= 9 && domestic.length <= 11;
    }, PHONE_MESSAGE),
);

const consentDate = optional(
  z
    .string({ error: 'Ngày đồng ý không hợp lệ.' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày đồng ý phải theo dạng năm-tháng-ngày (YYYY-MM-DD).')
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, 'Ngày đồng ý không hợp lệ.')
    .refine((s) => s <= todayInVietnam(), 'Ngày đồng ý không được sau ngày hôm nay.'),
);

const consentGiven = z.preprocess(
  (v) => {
    const s = blankToNull(v);
    return s === 'yes' ? true : s === 'no' ? false : s;
  },
  z.boolean({ error: 'Vui lòng chọn “Có” hoặc “Không” cho ý kiến đồng ý công bố.' }).nullable(),
);

const IMPACT_MAX = 10_000_000;

export const nominationDraftSchema = z
  .strictObject(
    {
      campaignId: id('Phong trào không hợp lệ.'),
      year: year('Năm', 2000, () => 2100),
      communeTree: choice(ADMIN_TREES, 'Hệ địa giới'),
      communeCode: optional(z.string({ error: 'Mã xã gồm 5 chữ số.' }).regex(/^\d{5}$/, 'Mã xã gồm 5 chữ số.')),
      field: choice(FIELDS, 'Lĩnh vực'),
      nomineeKind: choice(NOMINEE_KINDS, 'Loại điển hình'),
      title: z.preprocess(
        blankToNull,
        z
          .string({ error: 'Vui lòng nhập tên điển hình (tiêu đề).' })
          .transform((s) => s.replace(/\s+/g, ' '))
          .pipe(maxChars('Tên điển hình', 200)),
      ),
      nomineeName: line('Tên cá nhân, hộ, tập thể hoặc mô hình', 200),
      gender: choice(GENDERS, 'Giới tính'),
      birthYear: pastYear('Năm sinh'),
      ethnicity: choice(ETHNICITY_CODES, 'Dân tộc'),
      nomineeRole: line('Vai trò', 200),
      collectiveType: line('Loại hình tập thể', 200),
      collectiveSize: count('Số thành viên', 100_000, 1),
      modelHowItWorks: paragraphsField('Cách làm của mô hình', 3000),
      modelSince: pastYear('Năm bắt đầu mô hình'),
      // NOT NULL DEFAULT '' columns: an empty text is '' rather than null.
      summary: line('Tóm tắt', 500).transform((s) => s ?? ''),
      story: paragraphsField('Câu chuyện', 20_000).transform((s) => s ?? ''),
      contactPhone: phone,
      address: line('Địa chỉ', 300),
      unitContactPerson: line('Người liên hệ của đơn vị', 200),
      householdsEscaped: count('Số hộ thoát nghèo', IMPACT_MAX),
      nearPoorHelped: count('Số hộ cận nghèo được hỗ trợ', IMPACT_MAX),
      beneficiaryHouseholds: count('Số hộ hưởng lợi', IMPACT_MAX),
      ethnicMinorityHouseholds: count('Số hộ đồng bào dân tộc thiểu số', IMPACT_MAX),
      jobsCreated: count('Số việc làm tạo ra', IMPACT_MAX),
      contributionVnd: count('Số tiền đóng góp', 10 ** 13),
      startedYear: pastYear('Năm bắt đầu'),
      replicatesId: optional(z.uuid('Điển hình được nhân rộng không hợp lệ.')),
      consentGiven,
      consentGivenBy: line('Người đồng ý', 200),
      consentDate,
      consentForm: choice(CONSENT_FORMS, 'Hình thức đồng ý'),
      publishMode: z.preprocess(
        (v) => blankToNull(v) ?? 'named',
        z.enum(PUBLISH_MODES, { error: 'Cách công bố không hợp lệ, vui lòng chọn trong danh sách.' }),
      ),
      // The version the form was loaded with, for the optimistic lock; a new draft has none.
      version: id('Phiên bản hồ sơ không hợp lệ, vui lòng tải lại trang.'),
    },
    {
      error: (issue) => (issue.code === 'unrecognized_keys' ? `Biểu mẫu có trường không được hỗ trợ: ${issue.keys.join(', ')}.` : undefined),
    },
  )
  .refine((d) => d.ethnicMinorityHouseholds == null || d.beneficiaryHouseholds == null || d.ethnicMinorityHouseholds <= d.beneficiaryHouseholds, {
    path: ['ethnicMinorityHouseholds'],
    error: 'Số hộ đồng bào dân tộc thiểu số không được lớn hơn số hộ hưởng lợi.',
    // Runs beside other field errors, so the form shows everything at once; only these two must be valid.
    when: (payload) => !payload.issues.some((i) => i.path?.[0] === 'ethnicMinorityHouseholds' || i.path?.[0] === 'beneficiaryHouseholds'),
  });

/** A photo's or document's caption (the domain trims and bounds it). */
export const attachmentCaptionSchema = z.string().refine((s) => !hasControlChars(s), controlCharsMessage('Chú thích'));

export type NominationDraft = z.infer<typeof nominationDraftSchema>;
export type NominationDraftKey = keyof NominationDraft;

/** The form's field names, to pick them out of FormData (which also carries framework fields). */
export const NOMINATION_DRAFT_KEYS = nominationDraftSchema.keyof().options;

export function draftInputOf(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of NOMINATION_DRAFT_KEYS) {
    const value = form.get(key);
    if (typeof value === 'string') out[key] = value;
  }
  return out;
}

/** The kind-specific fields; every other kind-specific field is hidden and cleared. */
export const FIELDS_BY_KIND: Record<NomineeKind, readonly NominationDraftKey[]> = {
  individual: ['gender', 'birthYear', 'ethnicity', 'nomineeRole'],
  // The head's ethnicity; the role says what the household is known for locally (e.g. "trưởng bon").
  household: ['ethnicity', 'nomineeRole'],
  collective: ['collectiveType', 'collectiveSize'],
  model: ['modelHowItWorks', 'modelSince'],
};

const KIND_SPECIFIC: readonly NominationDraftKey[] = [...new Set(Object.values(FIELDS_BY_KIND).flat())];

/** Clears what does not fit the kind (all of it while no kind is chosen), so no hidden data is saved. */
export function stripIrrelevantFields(draft: NominationDraft): NominationDraft {
  const keep = new Set(draft.nomineeKind ? FIELDS_BY_KIND[draft.nomineeKind] : []);
  const out = { ...draft };
  for (const key of KIND_SPECIFIC) if (!keep.has(key)) Object.assign(out, { [key]: null });
  return out;
}

export interface SubmissionProblem {
  field: string;
  message: string;
}

const MIN_STORY_CHARS = 200;
const IMPACT_FIGURES = IMPACT_FIGURE_KEYS satisfies readonly NominationDraftKey[];

const REQUIRED_BY_KIND: Record<NomineeKind, readonly (readonly [NominationDraftKey, string])[]> = {
  individual: [
    ['gender', 'Vui lòng chọn giới tính.'],
    ['birthYear', 'Vui lòng nhập năm sinh.'],
    ['ethnicity', 'Vui lòng chọn dân tộc.'],
  ],
  household: [['ethnicity', 'Vui lòng chọn dân tộc của chủ hộ.']],
  collective: [['collectiveType', 'Vui lòng nhập loại hình tập thể (ví dụ: tổ hợp tác, chi hội).']],
  model: [
    ['modelHowItWorks', 'Vui lòng mô tả cách làm của mô hình.'],
    ['modelSince', 'Vui lòng nhập năm bắt đầu mô hình.'],
  ],
};

/** What still blocks submitting a valid draft, in form order; empty when it may be submitted. */
export function submissionProblems(draft: NominationDraft, photos: { photoCount: number; publicPhotoCount: number }): SubmissionProblem[] {
  const problems: SubmissionProblem[] = [];
  const need = (ok: boolean, field: string, message: string) => {
    if (!ok) problems.push({ field, message });
  };
  const kind = draft.nomineeKind;

  need(draft.campaignId !== null, 'campaignId', 'Vui lòng chọn phong trào.');
  need(draft.year !== null, 'year', 'Vui lòng nhập năm.');
  need(draft.communeTree !== null && draft.communeCode !== null, 'communeCode', 'Vui lòng chọn xã, phường, thị trấn.');
  need(draft.field !== null, 'field', 'Vui lòng chọn lĩnh vực.');
  need(kind !== null, 'nomineeKind', 'Vui lòng chọn loại điển hình: cá nhân, hộ gia đình, tập thể hoặc mô hình.');
  need(Boolean(draft.title), 'title', 'Vui lòng nhập tên điển hình (tiêu đề).');
  need(draft.nomineeName !== null, 'nomineeName', 'Vui lòng nhập tên cá nhân, hộ, tập thể hoặc mô hình.');
  for (const [key, message] of kind ? REQUIRED_BY_KIND[kind] : []) need(draft[key] !== null, key, message);
  need(draft.summary !== '', 'summary', 'Vui lòng nhập tóm tắt.');
  const storyChars = charCount(draft.story);
  need(
    storyChars >= MIN_STORY_CHARS,
    'story',
    storyChars === 0 ? 'Vui lòng nhập câu chuyện.' : `Câu chuyện cần ít nhất ${MIN_STORY_CHARS} ký tự (hiện có ${storyChars}).`,
  );
  // Zero says nothing about what was achieved, so it does not count as a figure.
  need(
    IMPACT_FIGURES.some((key) => (draft[key] ?? 0) > 0),
    'householdsEscaped',
    'Cần ít nhất một số liệu kết quả lớn hơn 0 (hộ thoát nghèo, hộ hưởng lợi, việc làm, tiền đóng góp…).',
  );
  need(
    photos.publicPhotoCount > 0,
    'photos',
    photos.photoCount === 0
      ? 'Cần ít nhất một ảnh được phép công bố.'
      : 'Cần ít nhất một ảnh được phép công bố. Hãy đánh dấu “được công bố” cho một ảnh đã tải lên.',
  );

  // A person or a family is named in public only with their recorded consent.
  if (kind === 'individual' || kind === 'household') {
    if (draft.consentGiven === null) {
      need(false, 'consentGiven', 'Chưa ghi nhận ý kiến đồng ý công bố của người được giới thiệu.');
    } else if (draft.consentGiven) {
      need(draft.consentGivenBy !== null, 'consentGivenBy', 'Vui lòng ghi họ tên người đồng ý công bố.');
      need(draft.consentDate !== null, 'consentDate', 'Vui lòng nhập ngày đồng ý công bố.');
      need(draft.consentForm !== null, 'consentForm', 'Vui lòng chọn hình thức đồng ý công bố.');
    } else {
      need(draft.publishMode === 'anonymised', 'publishMode', 'Chưa có đồng ý công bố: hồ sơ chỉ có thể công bố ẩn danh.');
    }
  }
  return problems;
}
