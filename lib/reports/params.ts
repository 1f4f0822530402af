import 'server-only';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { getAdminUnit } from '@/db/queries/admin-units';
import { latestReportYear, listReportCampaigns, oldAreaLiesInNewProvince, type ReportArea } from '@/db/queries/reports';
import type { SessionUser } from '@/lib/domain/actor';
import type { AdminTree } from '@/lib/domain/vocabulary';
import { firstValues, type SearchParams } from '@/lib/domain/example-filters';
import { areaOptionLabel } from './area-labels';
import { REPORT_MESSAGES, type ReportTable } from '../domain/reports';

// "691" or "2024:691" a district (old tree only); "70", "2024:70" or "2025:75" a province.
const AREA_PATTERN = /^(?:(2024|2025):)?(\d{2,3})$/;

const emptyToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyToUndefined, schema.optional());

export const reportQuerySchema = z.object({
  campaign: optional(
    z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{1,80}$/, REPORT_MESSAGES.badCampaign),
  ),
  year: optional(
    z.coerce.number({ message: REPORT_MESSAGES.badYear }).int(REPORT_MESSAGES.badYear).min(1900, REPORT_MESSAGES.badYear).max(2200, REPORT_MESSAGES.badYear),
  ),
  area: optional(z.string().trim().regex(AREA_PATTERN, REPORT_MESSAGES.badArea)),
  table: optional(z.enum(['commune', 'unit', 'level'], { message: REPORT_MESSAGES.badTable })),
});
export type ReportQuery = z.infer<typeof reportQuerySchema>;

export interface ReportCampaign {
  id: number;
  slug: string;
  name: string;
  shortName: string;
  startYear: number;
  endYear: number;
}

export interface ResolvedReport {
  campaign: ReportCampaign;
  year: number;
  /** null: everything the user may see (a reviewer's whole scope, or every area for an admin). */
  area: (ReportArea & { name: string }) | null;
  /** "2024:691", as the form and the download links carry it; '' for the default. */
  areaParam: string;
  areaLabel: string;
  table: ReportTable;
}

export type ReportParamsResult =
  { ok: true; report: ResolvedReport } | { ok: false; message: string; reason: 'invalid' | 'out_of_scope'; campaign?: ReportCampaign };

/** Today's year in Vietnam, where a report is produced. */
function currentYear(now: Date): number {
  return Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(now));
}

async function findArea(db: Db, raw: string): Promise<(ReportArea & { name: string; parentCode: string | null }) | null> {
  const [, treeGiven, code] = AREA_PATTERN.exec(raw)!;
  if (code!.length === 3) {
    if (treeGiven === '2025') return null;
    const unit = await getAdminUnit(db, { tree: '2024', code: code! });
    return unit?.level === 2 ? { tree: '2024', code: unit.code, level: 2, name: unit.fullName, parentCode: unit.parentCode } : null;
  }
  // A bare province code means the current province when there is one.
  const trees: AdminTree[] = treeGiven ? [treeGiven as AdminTree] : ['2025', '2024'];
  for (const tree of trees) {
    const unit = await getAdminUnit(db, { tree, code: code! });
    if (unit?.level === 1) return { tree, code: unit.code, level: 1, name: unit.fullName, parentCode: null };
  }
  return null;
}

/** Whether a reviewer's scope covers the whole area; admins cover everything. */
export async function areaInScope(db: Db, user: SessionUser, area: ReportArea & { parentCode?: string | null }): Promise<boolean> {
  if (user.role === 'admin') return true;
  if (user.role !== 'reviewer' || !user.scope) return false;
  const scope = user.scope;
  if (scope.tree === '2025') {
    if (area.tree === '2025') return area.code === scope.code;
    return oldAreaLiesInNewProvince(db, { area, newProvinceCode: scope.code });
  }
  if (area.tree !== '2024') return false;
  if (area.code === scope.code) return true;
  // A district inside a province scope.
  if (scope.code.length === 2 && area.level === 2) {
    const parent = area.parentCode ?? (await getAdminUnit(db, { tree: '2024', code: area.code }))?.parentCode;
    return parent === scope.code;
  }
  return false;
}

async function scopeLabel(db: Db, user: SessionUser): Promise<string> {
  if (!user.scope) return 'Tất cả địa bàn';
  const unit = await getAdminUnit(db, user.scope);
  return unit ? areaOptionLabel({ tree: unit.tree, level: unit.level, name: unit.fullName }) : user.scope.code;
}

/**
 * Reads the report's query string and settles every default: the newest campaign, the latest year of
 * it that has nominations in the user's reach (else this year, kept inside the campaign), and the
 * user's whole reach as the area. Anything unknown or outside the reviewer's scope is refused.
 */
export async function resolveReportParams(db: Db, user: SessionUser, params: SearchParams | URLSearchParams, now = new Date()): Promise<ReportParamsResult> {
  const parsed = reportQuerySchema.safeParse(firstValues(params));
  if (!parsed.success) return { ok: false, reason: 'invalid', message: parsed.error.issues[0]!.message };
  const query = parsed.data;
  if (user.role === 'reviewer' && !user.scope) return { ok: false, reason: 'out_of_scope', message: REPORT_MESSAGES.noScope };

  const campaigns = await listReportCampaigns(db);
  const campaign = query.campaign ? campaigns.find((c) => c.slug === query.campaign) : campaigns[0];
  if (!campaign) return { ok: false, reason: 'invalid', message: query.campaign ? REPORT_MESSAGES.unknownCampaign : REPORT_MESSAGES.noCampaign };

  let area: ResolvedReport['area'] = null;
  if (query.area) {
    const found = await findArea(db, query.area);
    if (!found) return { ok: false, reason: 'invalid', message: REPORT_MESSAGES.unknownArea, campaign };
    if (!(await areaInScope(db, user, found))) {
      return { ok: false, reason: 'out_of_scope', message: REPORT_MESSAGES.outsideScope(await scopeLabel(db, user)), campaign };
    }
    area = { tree: found.tree, code: found.code, level: found.level, name: found.name };
  }

  let year = query.year;
  if (year !== undefined && (year < campaign.startYear || year > campaign.endYear)) {
    return { ok: false, reason: 'invalid', message: REPORT_MESSAGES.yearOutside(campaign.startYear, campaign.endYear), campaign };
  }
  year ??= (await latestReportYear(db, { user, campaignId: campaign.id, area })) ?? Math.min(campaign.endYear, Math.max(campaign.startYear, currentYear(now)));

  return {
    ok: true,
    report: {
      campaign,
      year,
      area,
      areaParam: area ? `${area.tree}:${area.code}` : '',
      areaLabel: area ? areaOptionLabel(area) : await scopeLabel(db, user),
      table: query.table ?? 'commune',
    },
  };
}
