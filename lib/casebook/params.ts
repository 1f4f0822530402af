import 'server-only';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { listAncestry } from '@/db/queries/admin-units';
import { getCampaignBySlug } from '@/db/queries/campaigns';
import { resolveAreaSelection, type AreaSelection } from '@/db/queries/example-filters';
import { firstValues, type ExampleFilters, type SearchParams } from '@/lib/domain/example-filters';
import { treeNote } from '@/lib/reports/area-labels';
import { CASEBOOK_MESSAGES, CASEBOOK_TEXT } from './messages';

// A province (2 digits), an old district (3) or a commune (5), optionally naming its tree: "2024:691", "25231".
const AREA_PATTERN = /^(?:(2024|2025):)?(\d{2}|\d{3}|\d{5})$/;
const SLUG_PATTERN = /^[a-z0-9-]{1,80}$/;

const emptyToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

const casebookQuerySchema = z.object({
  year: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ message: CASEBOOK_MESSAGES.badYear })
      .int(CASEBOOK_MESSAGES.badYear)
      .min(1900, CASEBOOK_MESSAGES.badYear)
      .max(2200, CASEBOOK_MESSAGES.badYear)
      .optional(),
  ),
  area: z.preprocess(emptyToUndefined, z.string().trim().regex(AREA_PATTERN, CASEBOOK_MESSAGES.badArea).optional()),
});

export interface CasebookScope {
  campaign: { id: number; slug: string; name: string; shortName: string; startYear: number; endYear: number };
  year: number | null;
  /** The list page's filters for this selection, and the units they name. */
  filters: ExampleFilters;
  area: AreaSelection;
  /** "2024:691" as links carry it; '' for every area. */
  areaParam: string;
  areaLabel: string;
  yearLabel: string;
  fileName: string;
}

export type CasebookScopeResult = { ok: true; scope: CasebookScope } | { ok: false; status: 400 | 404; message: string };

const bad = (message: string): CasebookScopeResult => ({ ok: false, status: 400, message });

function areaFilters(raw: string): Pick<ExampleFilters, 'province' | 'district' | 'commune'> | null {
  const [, tree, code] = AREA_PATTERN.exec(raw)!;
  const named = { tree: (tree as '2024' | '2025' | undefined) ?? null, code: code! };
  if (code!.length === 2) return { province: named };
  if (code!.length === 3) return tree === '2025' ? null : { district: code };
  return { commune: named };
}

async function labelOf(db: Db, area: AreaSelection): Promise<{ label: string; param: string }> {
  const unit = area.commune ?? area.district ?? area.province;
  if (!unit) return { label: CASEBOOK_TEXT.wholeArea, param: '' };
  const chain = await listAncestry(db, { tree: unit.tree, code: unit.code });
  const names = (chain.length > 0 ? chain : [unit]).map((u) => u.fullName).join(', ');
  return { label: `${names} (${treeNote(unit.tree)})`, param: `${unit.tree}:${unit.code}` };
}

/**
 * Reads `/campaigns/[slug]/casebook.pdf?year=&area=`: the campaign, one of its years (or all of them), and an
 * area in either administrative tree, read as the list page reads its area filters. Unknown campaigns are 404;
 * anything else wrong is 400 with the reason.
 */
export async function resolveCasebookScope(db: Db, slug: string, params: SearchParams | URLSearchParams): Promise<CasebookScopeResult> {
  if (!SLUG_PATTERN.test(slug)) return { ok: false, status: 404, message: CASEBOOK_MESSAGES.unknownCampaign };
  const parsed = casebookQuerySchema.safeParse(firstValues(params));
  if (!parsed.success) return bad(parsed.error.issues[0]!.message);
  const campaign = await getCampaignBySlug(db, slug);
  if (!campaign) return { ok: false, status: 404, message: CASEBOOK_MESSAGES.unknownCampaign };
  const { year, area: rawArea } = parsed.data;
  if (year !== undefined && (year < campaign.startYear || year > campaign.endYear)) {
    return bad(CASEBOOK_MESSAGES.yearOutside(campaign.startYear, campaign.endYear));
  }
  const areaPart = rawArea ? areaFilters(rawArea) : {};
  if (!areaPart) return bad(CASEBOOK_MESSAGES.districtInNewTree);
  const filters: ExampleFilters = { ...areaPart, campaign: campaign.slug, year };
  const area = await resolveAreaSelection(db, filters);
  if (area.unknown) return bad(CASEBOOK_MESSAGES.unknownArea);
  const { label, param } = await labelOf(db, area);
  const parts = ['ky-yeu', campaign.slug, year ? String(year) : null, param ? param.replace(':', '-') : null];
  return {
    ok: true,
    scope: {
      campaign,
      year: year ?? null,
      filters,
      area,
      areaParam: param,
      areaLabel: label,
      yearLabel: year ? CASEBOOK_TEXT.year(year) : CASEBOOK_TEXT.wholeCampaign(campaign.startYear, campaign.endYear),
      fileName: `${parts.filter(Boolean).join('-')}.pdf`,
    },
  };
}
