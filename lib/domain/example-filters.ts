import { z } from 'zod';
import { FIELDS, NOMINEE_KINDS, type AdminTree } from '@/lib/domain/vocabulary';

/** An administrative code, optionally qualified by its tree: "25231", "2024:25231". */
export interface AreaCode {
  tree: AdminTree | null;
  code: string;
}

const AREA_PATTERN = /^(?:(2024|2025):)?(\d{2,5})$/;

function areaCode(message: string) {
  return z
    .string()
    .trim()
    .regex(AREA_PATTERN, message)
    .transform((value): AreaCode => {
      const [, tree, code] = AREA_PATTERN.exec(value)!;
      return { tree: (tree as AdminTree | undefined) ?? null, code: code! };
    });
}

const emptyToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyToUndefined, schema.optional());

export const SORTS = ['relevance', 'newest', 'impact'] as const;
export type Sort = (typeof SORTS)[number];
export const SORT_LABELS: Record<Sort, string> = {
  relevance: 'Phù hợp nhất',
  newest: 'Mới công nhận',
  impact: 'Nhiều hộ thoát nghèo nhất',
};

export const exampleFiltersSchema = z.object({
  province: optional(areaCode('Mã tỉnh không hợp lệ')),
  district: optional(
    z
      .string()
      .trim()
      .regex(/^\d{3}$/, 'Mã huyện không hợp lệ (3 chữ số)'),
  ),
  commune: optional(areaCode('Mã xã không hợp lệ (5 chữ số)')),
  campaign: optional(
    z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{1,80}$/, 'Mã phong trào không hợp lệ'),
  ),
  year: optional(z.coerce.number({ message: 'Năm không hợp lệ' }).int('Năm không hợp lệ').min(2000, 'Năm không hợp lệ').max(2100, 'Năm không hợp lệ')),
  kind: optional(z.enum(NOMINEE_KINDS, { message: 'Loại điển hình không hợp lệ' })),
  field: optional(z.enum(FIELDS, { message: 'Lĩnh vực không hợp lệ' })),
  // Long or odd queries are cut, not refused: the search folds them to plain words.
  q: optional(z.string().transform((s) => s.normalize('NFC').slice(0, 200).trim())),
  sort: optional(z.enum(SORTS, { message: 'Cách sắp xếp không hợp lệ' })),
  cursor: optional(z.string().max(200)),
});

export type ExampleFilters = z.infer<typeof exampleFiltersSchema>;

export type SearchParams = Record<string, string | string[] | undefined>;

/** First value of each parameter; repeated parameters beyond the first are ignored. */
export function firstValues(params: SearchParams | URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  for (const [key, value] of entries) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string' && !(key in out)) out[key] = first;
  }
  return out;
}

export type FilterParseResult = { ok: true; filters: ExampleFilters } | { ok: false; message: string; field: string; filters: ExampleFilters };

/**
 * Parses the query string. Pages keep the valid filters and show the message for a bad one;
 * the API answers 400 with it.
 */
export function parseExampleFilters(params: SearchParams | URLSearchParams): FilterParseResult {
  const raw = firstValues(params);
  const parsed = exampleFiltersSchema.safeParse(raw);
  if (parsed.success) return { ok: true, filters: parsed.data };
  const issue = parsed.error.issues[0]!;
  const field = String(issue.path[0] ?? '');
  const withoutBad = exampleFiltersSchema.safeParse({ ...raw, [field]: undefined });
  return { ok: false, message: issue.message, field, filters: withoutBad.success ? withoutBad.data : {} };
}

/** The query string for a filter set, with some filters changed (undefined removes one). */
export function filtersToQuery(filters: ExampleFilters, change: Partial<Record<keyof ExampleFilters, string | number | undefined>> = {}): string {
  const values: Record<string, string | number | undefined> = {
    province: filters.province ? formatArea(filters.province) : undefined,
    district: filters.district,
    commune: filters.commune ? formatArea(filters.commune) : undefined,
    campaign: filters.campaign,
    year: filters.year,
    kind: filters.kind,
    field: filters.field,
    q: filters.q,
    sort: filters.sort,
    ...change,
  };
  if (!('cursor' in change)) delete values.cursor;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function formatArea(area: AreaCode): string {
  return area.tree ? `${area.tree}:${area.code}` : area.code;
}
