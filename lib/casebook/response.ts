import 'server-only';
import sharp from 'sharp';
import { getDb } from '@/db';
import { readCasebookBatches, summarizeCasebook } from '@/db/queries/casebook';
import { readPublicDataVersion } from '@/db/queries/public-data';
import { getCurrentUser } from '@/lib/auth/current-user';
import { canUseReviewQueue } from '@/lib/auth/permissions';
import { requestInfo } from '@/lib/auth/request-info';
import { now } from '@/lib/clock';
import { formatNumber } from '@/lib/format';
import { qrPng } from '@/lib/pdf/qr';
import { verifyPath } from '@/lib/domain/verify-code';
import { HOST_AUTHORITY, siteUrl } from '@/lib/site';
import { getStorage } from '@/lib/uploads';
import { casebookCache, casebookGate } from './gate';
import { CASEBOOK_MESSAGES, CASEBOOK_TEXT } from './messages';
import { resolveCasebookScope } from './params';
import { pdfStream } from './pdf-stream';
import { planCasebook } from './plan';
import { writeCasebook } from './write';

export const CASEBOOK_CACHE_HEADER = 'x-gs-casebook-cache';
/** The page count, known before the first byte: the download shows its progress against it. */
export const CASEBOOK_PAGES_HEADER = 'x-casebook-pages';
export const CASEBOOK_BYTES_HEADER = 'x-casebook-bytes';

function refuse(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers } });
}

/** Photos are kept as WebP, which PDF cannot hold: the small copy is turned into a JPEG. A missing file leaves the page without a photo. */
async function photoForPdf(key: string): Promise<Buffer | null> {
  try {
    const bytes = await getStorage().get(key);
    return bytes ? await sharp(bytes).flatten({ background: '#ffffff' }).jpeg({ quality: 78 }).toBuffer() : null;
  } catch {
    return null;
  }
}

/**
 * `/campaigns/[slug]/casebook.pdf?year=&area=`: the casebook of the approved examples in the selection. Anyone
 * may download it; without a reviewer's or admin's session an address gets a few per window and a bounded
 * size. A casebook is made once per selection and public data version and then served from disk.
 */
export async function casebookResponse(request: Request, slug: string): Promise<Response> {
  const db = getDb();
  const resolved = await resolveCasebookScope(db, slug, new URL(request.url).searchParams);
  if (!resolved.ok) return refuse(resolved.status, resolved.message);
  const { scope } = resolved;
  const staff = canUseReviewQueue(await getCurrentUser());
  const gate = casebookGate();
  if (!staff) {
    const admitted = gate.admit(requestInfo(request.headers).ipAddress ?? 'unknown');
    if (!admitted.ok) {
      return refuse(429, CASEBOOK_MESSAGES.rateLimited(Math.ceil(admitted.retryAfterSeconds / 60)), { 'Retry-After': String(admitted.retryAfterSeconds) });
    }
  }

  const version = await readPublicDataVersion(db);
  const key = JSON.stringify([scope.campaign.slug, scope.year, scope.areaParam, siteUrl()]);
  const headers = {
    'Content-Type': 'application/pdf',
    'Content-Disposition': `attachment; filename="${scope.fileName}"`,
    'Cache-Control': 'private, max-age=300',
    'X-Content-Type-Options': 'nosniff',
  };
  const cache = casebookCache();
  const kept = await cache.open(version, key);
  if (kept) {
    // Next drops Content-Length from a streamed body; the size still lets the download show its progress.
    const size = String(kept.size);
    return new Response(kept.body, { headers: { ...headers, 'Content-Length': size, [CASEBOOK_BYTES_HEADER]: size, [CASEBOOK_CACHE_HEADER]: 'hit' } });
  }

  const summary = await summarizeCasebook(db, scope);
  if (summary.examples === 0) return refuse(404, CASEBOOK_MESSAGES.empty);
  const limit = staff ? gate.limits.maxExamples : gate.limits.anonymousMaxExamples;
  if (summary.examples > limit) return refuse(400, CASEBOOK_MESSAGES.tooLarge(formatNumber(summary.examples), formatNumber(limit)));
  if (!gate.start()) return refuse(503, CASEBOOK_MESSAGES.busy, { 'Retry-After': '30' });

  const writer = await cache.writer(version, key).catch((error: unknown) => {
    gate.finish();
    throw error;
  });
  const site = siteUrl();
  const body = pdfStream(
    { title: `${CASEBOOK_TEXT.kicker} ${scope.campaign.name} — ${scope.areaLabel} — ${scope.yearLabel}`, author: HOST_AUTHORITY },
    (doc, waitForRoom) =>
      writeCasebook(
        doc,
        {
          cover: { campaignName: scope.campaign.name, areaLabel: scope.areaLabel, yearLabel: scope.yearLabel, madeOn: now(), site: new URL(site).host },
          running: scope.year ? `${scope.campaign.shortName} · ${scope.yearLabel}` : scope.campaign.shortName,
          summary,
          batches: readCasebookBatches(db, scope),
          exampleUrl: (exampleSlug) => `${site}/examples/${exampleSlug}`,
          verifyUrl: (code) => `${site}${verifyPath(code)}`,
          qr: qrPng,
          photo: photoForPdf,
        },
        waitForRoom,
      ),
    {
      chunk: (bytes) => writer.write(bytes),
      finished: async (complete) => {
        gate.finish();
        // Kept only when nothing public changed while it was made: otherwise it mixes two versions.
        if (complete) await writer.commit((await readPublicDataVersion(db)) === version);
        else await writer.abort();
      },
    },
  );
  const pages = planCasebook(summary.communes).pageCount;
  return new Response(body, { headers: { ...headers, [CASEBOOK_PAGES_HEADER]: String(pages), [CASEBOOK_CACHE_HEADER]: 'miss' } });
}
