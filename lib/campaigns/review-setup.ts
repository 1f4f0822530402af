import 'server-only';
import type { Db } from '@/db/client';
import { recordAudit } from '@/db/queries/audit';
import { lockCampaign } from '@/db/queries/campaigns';
import { countDossiersInNotice, countDossiersInReview, getReviewSetup, replaceReviewSetup, type ReviewSetup } from '@/db/queries/review-setup';
import { auditBase, type ActorContext } from '@/lib/accounts/context';
import { AUTH_MESSAGES } from '@/lib/auth/messages';
import { canManageCampaigns } from '@/lib/auth/permissions';
import { levelsProblem } from '@/lib/domain/review-levels';
import { ok, refuse, type Outcome } from '@/lib/outcome';
import { parseReviewSetup, REVIEW_SETUP_MESSAGES } from './review-setup-schema';

const sameLevels = (a: ReviewSetup['levels'], b: ReviewSetup['levels']) =>
  a.length === b.length &&
  a.every((l, i) => l.name === b[i]!.name && l.areaKind === b[i]!.areaKind && l.decides === b[i]!.decides && l.position === b[i]!.position);

const sameCriteria = (a: ReviewSetup['criteria'], b: ReviewSetup['criteria']) =>
  a.length === b.length && a.every((c, i) => c.key === b[i]!.key && c.label === b[i]!.label && c.description === b[i]!.description);

/**
 * Saves how a campaign reviews: its levels, its criteria and its public notice. The rules:
 * - only admins;
 * - the levels pass `levelsProblem` (one to four, lowest first, each kind once, the last decides);
 * - while dossiers are in review (submitted or in notice), the levels and the criteria stay as they are,
 *   because those dossiers sit at a level and carry scores keyed by criterion; the notice length may still
 *   change (it counts for notices opened afterwards), but the notice cannot be switched off while a dossier
 *   is in notice.
 * One transaction on the locked campaign row, with an audit entry naming what changed.
 */
export async function saveReviewSetup(
  db: Db,
  ctx: ActorContext,
  { campaignId, raw }: { campaignId: number; raw: unknown },
): Promise<Outcome<{ campaignId: number; changed: boolean }>> {
  if (!canManageCampaigns(ctx.actor)) return refuse(AUTH_MESSAGES.forbidden);
  if (!Number.isSafeInteger(campaignId) || campaignId <= 0) return refuse(REVIEW_SETUP_MESSAGES.notFound);
  const parsed = parseReviewSetup(raw);
  if (!parsed.ok) return refuse(parsed.fieldErrors.form ?? REVIEW_SETUP_MESSAGES.checkFields, parsed.fieldErrors);
  const next: ReviewSetup = parsed.input;
  const problem = levelsProblem(next.levels);
  if (problem) return refuse(problem, { levels: problem });

  return db.transaction(async (tx) => {
    const campaign = await lockCampaign(tx, campaignId);
    if (!campaign) return refuse(REVIEW_SETUP_MESSAGES.notFound);
    const current = await getReviewSetup(tx, { campaignId });
    if (!current) return refuse(REVIEW_SETUP_MESSAGES.notFound);

    const levelsChanged = !sameLevels(current.levels, next.levels);
    const criteriaChanged = !sameCriteria(current.criteria, next.criteria);
    const noticeChanged = current.usesNotice !== next.usesNotice || current.noticeWorkingDays !== next.noticeWorkingDays;
    if (!levelsChanged && !criteriaChanged && !noticeChanged) return ok({ campaignId, changed: false });

    if (levelsChanged || criteriaChanged) {
      const inReview = await countDossiersInReview(tx, { campaignId });
      if (inReview > 0) {
        const message = REVIEW_SETUP_MESSAGES.levelsLocked(inReview);
        return refuse(message, { levels: message });
      }
    }
    if (current.usesNotice && !next.usesNotice) {
      const inNotice = await countDossiersInNotice(tx, { campaignId });
      if (inNotice > 0) {
        const message = REVIEW_SETUP_MESSAGES.noticeLocked(inNotice);
        return refuse(message, { usesNotice: message });
      }
    }

    await replaceReviewSetup(tx, { campaignId, setup: next });
    const changes: Record<string, [unknown, unknown]> = {};
    if (levelsChanged) changes.levels = [current.levels.map((l) => `${l.name} (${l.areaKind})`), next.levels.map((l) => `${l.name} (${l.areaKind})`)];
    if (criteriaChanged) changes.criteria = [current.criteria.map((c) => `${c.key}: ${c.label}`), next.criteria.map((c) => `${c.key}: ${c.label}`)];
    if (current.usesNotice !== next.usesNotice) changes.usesNotice = [current.usesNotice, next.usesNotice];
    if (current.noticeWorkingDays !== next.noticeWorkingDays) changes.noticeWorkingDays = [current.noticeWorkingDays, next.noticeWorkingDays];
    await recordAudit(tx, {
      ...auditBase(ctx),
      action: 'campaign_review_setup_updated',
      targetType: 'campaign',
      targetId: String(campaignId),
      detail: { slug: campaign.slug, changes },
    });
    return ok({ campaignId, changed: true });
  });
}
