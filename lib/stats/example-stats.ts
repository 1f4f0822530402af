import 'server-only';
import type { Db } from '@/db/client';
import { resolveAreaSelection, type AreaSelection } from '@/db/queries/example-filters';
import { listCampaigns } from '@/db/queries/examples';
import { countExampleStats, type StatsScope } from '@/db/queries/stats';
import type { CampaignRef, ExampleStats } from '@/lib/domain/stats';
import type { Sustainability } from '@/lib/domain/sustainability';
import { STATS_MESSAGES } from './messages';
import { getSustainability } from './sustainability';
import { areaFilters, resolveYearRange, type StatsParams } from './params';

export type ExampleStatsResult =
  | { ok: true; scope: StatsScope; stats: ExampleStats; sustainability: Sustainability[] }
  | { ok: false; message: string; field: string; campaign: CampaignRef | null; area: AreaSelection };

type Resolved = { ok: true; scope: Omit<StatsScope, 'areaPath'> } | Extract<ExampleStatsResult, { ok: false }>;

/**
 * The campaign, the year range and the area, each checked. By default the newest campaign that has approved
 * examples: a period that has just begun would otherwise greet every visitor with empty charts.
 */
async function resolveScope(db: Db, params: StatsParams): Promise<Resolved> {
  const [campaigns, area] = await Promise.all([listCampaigns(db), resolveAreaSelection(db, areaFilters(params))]);
  const campaign = params.campaign ? campaigns.find((c) => c.slug === params.campaign) : (campaigns.find((c) => c.hasExamples) ?? campaigns[0]);
  if (!campaign) {
    const message = params.campaign ? STATS_MESSAGES.unknownCampaign(params.campaign) : STATS_MESSAGES.noCampaign;
    return { ok: false, message, field: 'campaign', campaign: null, area };
  }
  const range = resolveYearRange(params, campaign);
  if (!range.ok) return { ok: false, message: range.message, field: range.field, campaign, area };
  if (area.unknown) return { ok: false, message: STATS_MESSAGES.unknownArea[area.unknown], field: area.unknown, campaign, area };
  return { ok: true, scope: { campaign, from: range.from, to: range.to, area } };
}

/** The statistics page's figures, or the message that says which parameter is wrong. */
export async function getExampleStats(db: Db, params: StatsParams): Promise<ExampleStatsResult> {
  const resolved = await resolveScope(db, params);
  if (!resolved.ok) return resolved;
  const counted = await countExampleStats(db, { ...resolved.scope, areaFilters: areaFilters(params), allCommunes: params.communes === 'all' });
  const sustainability = await getSustainability(db, { ...resolved.scope, areaFilters: areaFilters(params) });
  return { ok: true, ...counted, sustainability };
}
