import { z } from 'zod';
import { exampleFiltersSchema, firstValues, formatArea, type ExampleFilters, type SearchParams } from '@/lib/domain/example-filters';
import { STATS_MESSAGES } from './messages';

const emptyToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

function year(message: string) {
  return z.preprocess(emptyToUndefined, z.coerce.number({ message }).int(message).min(2000, message).max(2100, message).optional());
}

// Area and campaign are read exactly as the list page reads them, so both pages pick the same examples.
export const statsParamsSchema = exampleFiltersSchema
  .pick({ province: true, district: true, commune: true, campaign: true })
  .extend({
    from: year(STATS_MESSAGES.badFrom),
    to: year(STATS_MESSAGES.badTo),
    communes: z.preprocess(emptyToUndefined, z.literal('all', { message: STATS_MESSAGES.badCommunesMode }).optional()),
  })
  .superRefine((value, ctx) => {
    if (value.from !== undefined && value.to !== undefined && value.from > value.to) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: STATS_MESSAGES.fromAfterTo(value.from, value.to) });
    }
  });

export type StatsParams = z.infer<typeof statsParamsSchema>;

export type StatsParamsResult = { ok: true; params: StatsParams } | { ok: false; message: string; field: string; params: StatsParams };

/**
 * Parses the query string. A bad value gives its message and the other, valid values (to
 * refill the form); the page then shows the message and no numbers.
 */
export function parseStatsParams(search: SearchParams | URLSearchParams): StatsParamsResult {
  const raw = firstValues(search);
  const parsed = statsParamsSchema.safeParse(raw);
  if (parsed.success) return { ok: true, params: parsed.data };
  const issue = parsed.error.issues[0]!;
  const field = String(issue.path[0] ?? '');
  const withoutBad = statsParamsSchema.safeParse({ ...raw, [field]: undefined });
  return { ok: false, message: issue.message, field, params: withoutBad.success ? withoutBad.data : {} };
}

export interface CampaignYears {
  shortName: string;
  startYear: number;
  endYear: number;
}

export type YearRange = { ok: true; from: number; to: number } | { ok: false; message: string; field: 'from' | 'to' };

/** The years to count: the campaign's whole span unless narrowed, and never outside it. */
export function resolveYearRange(params: Pick<StatsParams, 'from' | 'to'>, campaign: CampaignYears): YearRange {
  const outside = (y: number) => y < campaign.startYear || y > campaign.endYear;
  if (params.from !== undefined && outside(params.from)) {
    return { ok: false, field: 'from', message: STATS_MESSAGES.yearOutsideCampaign(params.from, campaign) };
  }
  if (params.to !== undefined && outside(params.to)) {
    return { ok: false, field: 'to', message: STATS_MESSAGES.yearOutsideCampaign(params.to, campaign) };
  }
  const from = params.from ?? campaign.startYear;
  const to = params.to ?? campaign.endYear;
  if (from > to) return { ok: false, field: 'from', message: STATS_MESSAGES.fromAfterTo(from, to) };
  return { ok: true, from, to };
}

/** The area part of the parameters, in the list page's filter shape. */
export function areaFilters(params: StatsParams): Pick<ExampleFilters, 'province' | 'district' | 'commune'> {
  return { province: params.province, district: params.district, commune: params.commune };
}

/** The /stats query string for a parameter set, with some values changed (undefined removes one). */
export function statsQuery(params: StatsParams, change: Partial<Record<keyof StatsParams, string | number | undefined>> = {}): string {
  const values: Record<string, string | number | undefined> = {
    campaign: params.campaign,
    from: params.from,
    to: params.to,
    province: params.province ? formatArea(params.province) : undefined,
    district: params.district,
    commune: params.commune ? formatArea(params.commune) : undefined,
    communes: params.communes,
    ...change,
  };
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
