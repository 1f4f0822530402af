import 'server-only';
import type { z } from 'zod';
import type { Db } from '@/db/client';
import { recordAudit } from '@/db/queries/audit';
import {
  countNominationsOutsideYears,
  countPublishedExamples,
  insertCampaign,
  isCampaignSlugTaken,
  lockCampaign,
  updateCampaignRow,
  type CampaignValues,
} from '@/db/queries/campaigns';
import { auditBase, type ActorContext } from '@/lib/accounts/context';
import { AUTH_MESSAGES } from '@/lib/auth/messages';
import { canManageCampaigns } from '@/lib/auth/permissions';
import { ok, refuse, type Outcome } from '@/lib/outcome';
import { CAMPAIGN_MESSAGES, yearsOutsideMessage } from './messages';
import { CAMPAIGN_FIELDS, campaignSchema, type CampaignInput } from './schema';
import { replaceReviewSetup } from '@/db/queries/review-setup';
import { DEFAULT_CRITERIA, defaultReviewLevels } from '@/lib/domain/review-levels';
import { DEFAULT_NOTICE_WORKING_DAYS } from '@/lib/domain/notice';

type Refusal = { ok: false; message: string; fieldErrors?: Record<string, string> };

/** First message per form field; anything not a field of the form is reported once for the whole form. */
function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '');
    if ((CAMPAIGN_FIELDS as readonly string[]).includes(key)) out[key] ??= issue.message;
    else out.form ??= CAMPAIGN_MESSAGES.unknownField;
  }
  return out;
}

function parse(raw: unknown): { ok: true; input: CampaignInput } | Refusal {
  const parsed = campaignSchema.safeParse(raw);
  if (parsed.success) return { ok: true, input: parsed.data };
  const errors = fieldErrorsOf(parsed.error);
  return refuse(errors.form ?? CAMPAIGN_MESSAGES.checkFields, errors);
}

function slugTaken(): Refusal {
  return refuse(CAMPAIGN_MESSAGES.slugTaken, { slug: CAMPAIGN_MESSAGES.slugTaken });
}

/** Two admins saving the same new slug at once: the unique index decides, and the loser is told plainly. */
function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

async function orSlugTaken<T>(work: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) return slugTaken();
    throw error;
  }
}

export async function createCampaign(db: Db, ctx: ActorContext, raw: unknown): Promise<Outcome<{ id: number }>> {
  if (!canManageCampaigns(ctx.actor)) return refuse(AUTH_MESSAGES.forbidden);
  const parsed = parse(raw);
  if (!parsed.ok) return parsed;
  const input: CampaignValues = parsed.input;
  return orSlugTaken<{ id: number }>(() =>
    db.transaction(async (tx) => {
      if (await isCampaignSlugTaken(tx, { slug: input.slug })) return slugTaken();
      const id = await insertCampaign(tx, input);
      // New campaigns start with the levels of their period, the four criteria and a public notice.
      const setup = {
        levels: defaultReviewLevels(input.startYear),
        criteria: DEFAULT_CRITERIA,
        usesNotice: true,
        noticeWorkingDays: DEFAULT_NOTICE_WORKING_DAYS,
      };
      await replaceReviewSetup(tx, { campaignId: id, setup });
      await recordAudit(tx, {
        ...auditBase(ctx),
        action: 'campaign_created',
        targetType: 'campaign',
        targetId: String(id),
        detail: { slug: input.slug, name: input.name, startYear: input.startYear, endYear: input.endYear },
      });
      return ok({ id });
    }),
  );
}

/** Fields whose value differs, as [before, after], for the audit row. */
function changesBetween(before: CampaignValues, after: CampaignValues): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of CAMPAIGN_FIELDS) {
    if (before[key] !== after[key]) changes[key] = [before[key], after[key]];
  }
  return changes;
}

export async function updateCampaign(db: Db, ctx: ActorContext, { id, raw }: { id: number; raw: unknown }): Promise<Outcome<{ id: number; changed: boolean }>> {
  if (!canManageCampaigns(ctx.actor)) return refuse(AUTH_MESSAGES.forbidden);
  if (!Number.isSafeInteger(id) || id <= 0) return refuse(CAMPAIGN_MESSAGES.notFound);
  const parsed = parse(raw);
  if (!parsed.ok) return parsed;
  const input: CampaignValues = parsed.input;
  return orSlugTaken<{ id: number; changed: boolean }>(() =>
    db.transaction(async (tx) => {
      const current = await lockCampaign(tx, id);
      if (!current) return refuse(CAMPAIGN_MESSAGES.notFound);
      if (input.slug !== current.slug) {
        if (await isCampaignSlugTaken(tx, { slug: input.slug, exceptId: id })) return slugTaken();
        const published = await countPublishedExamples(tx, id);
        if (published > 0) {
          const message = CAMPAIGN_MESSAGES.slugLocked(published, current.slug);
          return refuse(message, { slug: message });
        }
      }
      const outside = await countNominationsOutsideYears(tx, { campaignId: id, startYear: input.startYear, endYear: input.endYear });
      if (outside.length > 0) {
        const message = yearsOutsideMessage(outside, input.startYear, input.endYear);
        const errors: Record<string, string> = {};
        if (outside.some((r) => r.year < input.startYear)) errors.startYear = message;
        if (outside.some((r) => r.year > input.endYear)) errors.endYear = message;
        return refuse(message, errors);
      }
      const changes = changesBetween(current, input);
      if (Object.keys(changes).length === 0) return ok({ id, changed: false });
      await updateCampaignRow(tx, id, input);
      await recordAudit(tx, {
        ...auditBase(ctx),
        action: 'campaign_updated',
        targetType: 'campaign',
        targetId: String(id),
        detail: { slug: input.slug, changes },
      });
      return ok({ id, changed: true });
    }),
  );
}
