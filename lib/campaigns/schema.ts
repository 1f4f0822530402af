import { z } from 'zod';
import { CONTROL_CHARS_MESSAGE, hasControlChars } from '@/lib/domain/control-chars';
import { foldVietnamese } from '@/lib/domain/fold';

// Shared by the form (client) and the domain (server): imports nothing server-only.

export const CAMPAIGN_FIELDS = [
  'name',
  'shortName',
  'slug',
  'description',
  'startYear',
  'endYear',
  'submissionsOpenOn',
  'submissionsCloseOn',
  'acceptingNominations',
] as const;
export type CampaignField = (typeof CAMPAIGN_FIELDS)[number];

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
export const MAX_CAMPAIGN_YEARS = 10;
export const SLUG_MAX = 80;
const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** "Chung tay vì người nghèo 2026–2030" → "chung-tay-vi-nguoi-ngheo-2026-2030"; '' when nothing is left. */
export function suggestCampaignSlug(shortName: string): string {
  return foldVietnamese(shortName.normalize('NFC').trim())
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX)
    .replace(/-+$/, '');
}

const clean = (s: string) => s.normalize('NFC').trim();
const NO_CONTROL_CHARS = `Nội dung ${CONTROL_CHARS_MESSAGE}`;

const line = (min: number, max: number, required: string, short: string) =>
  z
    .string({ error: required })
    .transform((s) => clean(s).replace(/\s+/g, ' '))
    .pipe(
      z
        .string()
        .min(1, required)
        .min(min, short)
        .max(max, `Không được dài quá ${max} ký tự.`)
        .refine((s) => !hasControlChars(s), NO_CONTROL_CHARS),
    );

const year = (required: string) =>
  z
    .string({ error: required })
    .transform(clean)
    .pipe(
      z
        .string()
        .min(1, required)
        .regex(/^\d{4}$/, 'Năm gồm 4 chữ số, ví dụ 2026.')
        .transform(Number)
        .pipe(z.number().int().min(MIN_YEAR, `Năm phải từ ${MIN_YEAR} đến ${MAX_YEAR}.`).max(MAX_YEAR, `Năm phải từ ${MIN_YEAR} đến ${MAX_YEAR}.`)),
    );

/** A real calendar day: 2025-02-30 is refused, not rolled over to March. */
function isCalendarDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const optionalDate = z
  .string()
  .optional()
  .transform((s) => clean(s ?? ''))
  .pipe(
    z.union([
      z.literal('').transform(() => null),
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày không hợp lệ.')
        .refine(isCalendarDate, 'Ngày này không có trên lịch.')
        .refine((s) => s >= `${MIN_YEAR}-01-01` && s <= `${MAX_YEAR}-12-31`, `Ngày phải trong khoảng năm ${MIN_YEAR}–${MAX_YEAR}.`),
    ]),
  );

/** An HTML checkbox posts "on" when ticked and nothing otherwise. */
const checkbox = z
  .union([z.literal('on'), z.literal('true'), z.literal('1'), z.literal(''), z.literal('false'), z.undefined()], { error: 'Giá trị không hợp lệ.' })
  .transform((v) => v === 'on' || v === 'true' || v === '1');

const campaignObject = z.strictObject({
  name: line(5, 300, 'Vui lòng nhập tên phong trào.', 'Tên phong trào cần ít nhất 5 ký tự.'),
  shortName: line(2, 80, 'Vui lòng nhập tên ngắn.', 'Tên ngắn cần ít nhất 2 ký tự.'),
  slug: z
    .string({ error: 'Vui lòng nhập đường dẫn.' })
    .transform((s) => clean(s).toLowerCase())
    .pipe(
      z
        .string()
        .min(1, 'Vui lòng nhập đường dẫn (hoặc tên ngắn để hệ thống gợi ý).')
        .max(SLUG_MAX, `Đường dẫn không được dài quá ${SLUG_MAX} ký tự.`)
        .regex(SLUG_PATTERN, 'Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang giữa các từ, ví dụ chung-tay-2026-2030.'),
    ),
  description: z
    .string()
    .optional()
    .transform((s) => clean(s ?? '').replace(/\r\n?/g, '\n'))
    .pipe(
      z
        .string()
        .max(4000, 'Mô tả không được dài quá 4000 ký tự.')
        .refine((s) => !hasControlChars(s, { multiline: true }), NO_CONTROL_CHARS),
    ),
  startYear: year('Vui lòng nhập năm bắt đầu.'),
  endYear: year('Vui lòng nhập năm kết thúc.'),
  submissionsOpenOn: optionalDate,
  submissionsCloseOn: optionalDate,
  acceptingNominations: checkbox,
});

/** An empty slug takes the one suggested from the short name, so the form also works without script. */
function withSuggestedSlug(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object') return raw;
  const r = raw as Record<string, unknown>;
  const blank = r.slug === undefined || (typeof r.slug === 'string' && r.slug.trim() === '');
  return blank && typeof r.shortName === 'string' ? { ...r, slug: suggestCampaignSlug(r.shortName) } : raw;
}

export const campaignSchema = z.preprocess(
  withSuggestedSlug,
  campaignObject.superRefine((v, ctx) => {
    if (v.startYear > v.endYear) {
      ctx.addIssue({ code: 'custom', path: ['endYear'], message: 'Năm kết thúc không được trước năm bắt đầu.' });
    } else if (v.endYear - v.startYear + 1 > MAX_CAMPAIGN_YEARS) {
      ctx.addIssue({ code: 'custom', path: ['endYear'], message: `Một phong trào kéo dài tối đa ${MAX_CAMPAIGN_YEARS} năm.` });
    }
    if (v.submissionsOpenOn && v.submissionsCloseOn && v.submissionsOpenOn > v.submissionsCloseOn) {
      ctx.addIssue({ code: 'custom', path: ['submissionsCloseOn'], message: 'Ngày hết hạn nhận hồ sơ không được trước ngày bắt đầu nhận.' });
    }
  }),
);
export type CampaignInput = z.infer<typeof campaignObject>;
