import 'server-only';
import { getDb } from '@/db/index';
import { getSeasonReport } from '@/db/queries/reports';
import { auditDenial, getCurrentUser } from '@/lib/auth/current-user';
import { AUTH_MESSAGES } from '@/lib/auth/messages';
import { canUseReviewQueue } from '@/lib/auth/permissions';
import type { ReportHeading, SeasonReport, ReportTable } from '@/lib/domain/reports';
import { attachmentDisposition, readableFileName, reportFileBase } from '@/lib/reports/naming';
import { resolveReportParams, type ResolvedReport } from '@/lib/reports/params';

const NO_STORE = { 'Cache-Control': 'no-store' };

function refusal(status: number, message: string): Response {
  return new Response(message, { status, headers: { ...NO_STORE, 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
}

export type LoadedExport = { report: SeasonReport; heading: ReportHeading; resolved: ResolvedReport };

/**
 * What both downloads share: the session checked here (route handlers have no page guard),
 * denials audited, the same query parameters as the page, and the report itself.
 */
export async function loadExport(request: Request, format: 'xlsx' | 'csv'): Promise<LoadedExport | Response> {
  const user = await getCurrentUser();
  if (!user) return refusal(401, AUTH_MESSAGES.signInRequired);
  if (!canUseReviewQueue(user)) {
    await auditDenial(user, 'season_report_export', { format });
    return refusal(403, AUTH_MESSAGES.forbidden);
  }
  const db = getDb();
  const params = new URL(request.url).searchParams;
  const resolved = await resolveReportParams(db, user, params);
  if (!resolved.ok) {
    if (resolved.reason === 'out_of_scope') {
      await auditDenial(user, 'season_report_export', { format, area: params.get('area') ?? null });
      return refusal(403, resolved.message);
    }
    return refusal(400, resolved.message);
  }
  const r = resolved.report;
  const report = await getSeasonReport(db, { user, campaignId: r.campaign.id, year: r.year, area: r.area });
  return { report, resolved: r, heading: { campaignName: r.campaign.name, year: r.year, areaLabel: r.areaLabel, producedAt: new Date() } };
}

export function downloadResponse(
  body: ReadableStream<Uint8Array>,
  contentType: string,
  loaded: LoadedExport,
  ext: 'xlsx' | 'csv',
  table?: ReportTable,
): Response {
  const ascii = `${reportFileBase(loaded.heading, table)}.${ext}`;
  return new Response(body, {
    headers: {
      ...NO_STORE,
      'Content-Type': contentType,
      'Content-Disposition': attachmentDisposition(ascii, readableFileName(loaded.heading, ext, table)),
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
