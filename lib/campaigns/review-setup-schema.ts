import { z } from 'zod';
import { CONTROL_CHARS_MESSAGE, hasControlChars } from '@/lib/domain/control-chars';
import { DEFAULT_NOTICE_WORKING_DAYS } from '@/lib/domain/notice';
import { LEVEL_AREA_KINDS, type Criterion, type ReviewLevel } from '@/lib/domain/review-levels';

// Shared by the form (client) and the domain (server): imports nothing server-only.

/** The form offers this many level rows and criterion rows; empty rows are ignored. */
export const LEVEL_ROWS = 4;
export const CRITERION_ROWS = 8;
export const NOTICE_DAYS_MIN = 1;
export const NOTICE_DAYS_MAX = 30;
export const LEVEL_NAME_MAX = 80;
export const CRITERION_KEY_MAX = 40;
export const CRITERION_LABEL_MAX = 80;
export const CRITERION_DESCRIPTION_MAX = 300;

export const levelField = (i: number, part: 'Name' | 'Kind') => `level${i}${part}`;
export const criterionField = (i: number, part: 'Key' | 'Label' | 'Description') => `criterion${i}${part}`;

/** Every field name the form posts, so nothing else is read. */
export const REVIEW_SETUP_FIELDS: string[] = [
  ...Array.from({ length: LEVEL_ROWS }, (_, i) => [levelField(i, 'Name'), levelField(i, 'Kind')]).flat(),
  ...Array.from({ length: CRITERION_ROWS }, (_, i) => [criterionField(i, 'Key'), criterionField(i, 'Label'), criterionField(i, 'Description')]).flat(),
  'usesNotice',
  'noticeWorkingDays',
];

export const REVIEW_SETUP_MESSAGES = {
  checkFields: 'Vui lòng kiểm tra các ô được đánh dấu.',
  levelKind: 'Vui lòng chọn loại địa bàn của cấp này.',
  criterionKey: 'Mã tiêu chí gồm chữ thường không dấu, chữ số, dấu gạch dưới hoặc gạch ngang, bắt đầu bằng một chữ cái, ví dụ hieu-qua.',
  criterionKeyRequired: 'Vui lòng nhập mã tiêu chí.',
  criterionKeyTaken: 'Mã tiêu chí này đã dùng ở một dòng khác.',
  criterionLabel: 'Vui lòng nhập tên tiêu chí.',
  noticeDays: `Thời hạn công khai là số ngày làm việc nguyên, từ ${NOTICE_DAYS_MIN} đến ${NOTICE_DAYS_MAX}.`,
  notFound: 'Không tìm thấy phong trào thi đua này.',
  unchanged: 'Không có thay đổi nào để lưu.',
  levelsLocked: (n: number) =>
    `Phong trào đang có ${n} hồ sơ đang xét duyệt hoặc đang công khai. Không thể đổi các cấp xét duyệt và bộ tiêu chí cho đến khi các hồ sơ này được quyết định hoặc trả lại; thời hạn công khai vẫn đổi được.`,
  noticeLocked: (n: number) =>
    `Phong trào đang có ${n} hồ sơ đang công khai lấy ý kiến. Không thể bỏ bước công khai cho đến khi các hồ sơ này được quyết định.`,
} as const;

const NO_CONTROL_CHARS = `Nội dung ${CONTROL_CHARS_MESSAGE}`;
const oneLine = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ');

const text = (max: number, required: string | null) =>
  z
    .string()
    .transform(oneLine)
    .pipe(
      z
        .string()
        .min(required ? 1 : 0, required ?? '')
        .max(max, `Không được dài quá ${max} ký tự.`)
        .refine((s) => !hasControlChars(s), NO_CONTROL_CHARS),
    );

const levelRow = z.object({
  name: text(LEVEL_NAME_MAX, 'Vui lòng đặt tên cho cấp này (ví dụ “Cấp xã”).'),
  kind: z.enum(LEVEL_AREA_KINDS, { error: REVIEW_SETUP_MESSAGES.levelKind }),
});

const criterionRow = z.object({
  key: z
    .string()
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(1, REVIEW_SETUP_MESSAGES.criterionKeyRequired)
        .max(CRITERION_KEY_MAX, `Mã tiêu chí không được dài quá ${CRITERION_KEY_MAX} ký tự.`)
        .regex(/^[a-z][a-z0-9_-]*$/, REVIEW_SETUP_MESSAGES.criterionKey),
    ),
  label: text(CRITERION_LABEL_MAX, REVIEW_SETUP_MESSAGES.criterionLabel),
  description: text(CRITERION_DESCRIPTION_MAX, null),
});

/** An HTML checkbox posts "on" when ticked and nothing otherwise. */
const checkbox = z
  .union([z.literal('on'), z.literal('true'), z.literal('1'), z.literal(''), z.literal('false'), z.undefined()], { error: 'Giá trị không hợp lệ.' })
  .transform((v) => v === 'on' || v === 'true' || v === '1');

const noticeDays = z
  .string()
  .transform((s) => s.trim())
  .pipe(
    z
      .string()
      .regex(/^\d{1,2}$/, REVIEW_SETUP_MESSAGES.noticeDays)
      .transform(Number)
      .pipe(z.number().int().min(NOTICE_DAYS_MIN, REVIEW_SETUP_MESSAGES.noticeDays).max(NOTICE_DAYS_MAX, REVIEW_SETUP_MESSAGES.noticeDays)),
  );

/** What the admin asked for, before the level rules and the campaign's dossiers are considered. */
export interface ReviewSetupInput {
  levels: ReviewLevel[];
  criteria: Criterion[];
  usesNotice: boolean;
  noticeWorkingDays: number;
}

export type ParsedReviewSetup = { ok: true; input: ReviewSetupInput } | { ok: false; fieldErrors: Record<string, string> };

const str = (raw: Record<string, unknown>, name: string): string => {
  const v = raw[name];
  return typeof v === 'string' ? v : '';
};

/**
 * The flat form (level0Name, level0Kind, criterion0Key…) as a setup. A row left entirely blank is skipped;
 * the last level that remains decides. Errors are keyed by the form's field names.
 */
export function parseReviewSetup(raw: unknown): ParsedReviewSetup {
  const record = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const errors: Record<string, string> = {};
  const unknown = Object.keys(record).find((k) => !REVIEW_SETUP_FIELDS.includes(k) || (record[k] !== undefined && typeof record[k] !== 'string'));
  if (unknown) return { ok: false, fieldErrors: { form: 'Biểu mẫu có trường không hợp lệ.' } };

  const levels: ReviewLevel[] = [];
  for (let i = 0; i < LEVEL_ROWS; i++) {
    const name = str(record, levelField(i, 'Name'));
    const kind = str(record, levelField(i, 'Kind'));
    if (!name.trim() && !kind) continue;
    const parsed = levelRow.safeParse({ name, kind });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = levelField(i, issue.path[0] === 'kind' ? 'Kind' : 'Name');
        errors[field] ??= issue.message;
      }
      continue;
    }
    levels.push({ position: levels.length, name: parsed.data.name, areaKind: parsed.data.kind, decides: false });
  }
  levels.forEach((l, i) => (l.decides = i === levels.length - 1));

  const criteria: Criterion[] = [];
  const keyRow = new Map<string, number>();
  for (let i = 0; i < CRITERION_ROWS; i++) {
    const row = {
      key: str(record, criterionField(i, 'Key')),
      label: str(record, criterionField(i, 'Label')),
      description: str(record, criterionField(i, 'Description')),
    };
    if (!row.key.trim() && !row.label.trim() && !row.description.trim()) continue;
    const parsed = criterionRow.safeParse(row);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const part = issue.path[0] === 'key' ? 'Key' : issue.path[0] === 'label' ? 'Label' : 'Description';
        errors[criterionField(i, part)] ??= issue.message;
      }
      continue;
    }
    if (keyRow.has(parsed.data.key)) {
      errors[criterionField(i, 'Key')] = REVIEW_SETUP_MESSAGES.criterionKeyTaken;
      continue;
    }
    keyRow.set(parsed.data.key, i);
    criteria.push(parsed.data);
  }

  const usesNotice = checkbox.safeParse(record.usesNotice);
  if (!usesNotice.success) errors.usesNotice = usesNotice.error.issues[0]!.message;
  const days = noticeDays.safeParse(str(record, 'noticeWorkingDays') || String(DEFAULT_NOTICE_WORKING_DAYS));
  if (!days.success) errors.noticeWorkingDays = days.error.issues[0]!.message;

  if (Object.keys(errors).length || !usesNotice.success || !days.success) return { ok: false, fieldErrors: errors };
  return { ok: true, input: { levels, criteria, usesNotice: usesNotice.data, noticeWorkingDays: days.data } };
}

/** The stored setup as the strings the form posts back. */
export function reviewSetupFormValues(setup: ReviewSetupInput): Record<string, string> {
  const values: Record<string, string> = { usesNotice: setup.usesNotice ? 'on' : '', noticeWorkingDays: String(setup.noticeWorkingDays) };
  for (let i = 0; i < LEVEL_ROWS; i++) {
    values[levelField(i, 'Name')] = setup.levels[i]?.name ?? '';
    values[levelField(i, 'Kind')] = setup.levels[i]?.areaKind ?? '';
  }
  for (let i = 0; i < CRITERION_ROWS; i++) {
    values[criterionField(i, 'Key')] = setup.criteria[i]?.key ?? '';
    values[criterionField(i, 'Label')] = setup.criteria[i]?.label ?? '';
    values[criterionField(i, 'Description')] = setup.criteria[i]?.description ?? '';
  }
  return values;
}
