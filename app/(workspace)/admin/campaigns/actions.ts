'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/index';
import { createCampaign, updateCampaign } from '@/lib/campaigns/campaigns';
import { CAMPAIGN_FIELDS } from '@/lib/campaigns/schema';
import { saveReviewSetup } from '@/lib/campaigns/review-setup';
import { REVIEW_SETUP_FIELDS, REVIEW_SETUP_MESSAGES } from '@/lib/campaigns/review-setup-schema';
import { guardAction } from '@/lib/auth/action-guard';
import { currentRequestInfo } from '@/lib/auth/current-user';
import { canManageCampaigns } from '@/lib/auth/permissions';
import type { ActionState } from '@/lib/outcome';

/** Only the form's own fields; an unticked checkbox posts nothing, which means "closed". */
function campaignValues(formData: FormData): Record<string, string> {
  return Object.fromEntries(
    CAMPAIGN_FIELDS.map((name) => {
      const value = formData.get(name);
      return [name, typeof value === 'string' ? value : ''];
    }),
  );
}

/** Campaigns feed the nomination forms and the public filters, besides this list. */
function revalidateCampaignPages() {
  revalidatePath('/admin/campaigns');
  revalidatePath('/nominations', 'layout');
  revalidatePath('/examples');
}

export async function createCampaignAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await guardAction('create_campaign', canManageCampaigns);
  if (!guard.ok) return { status: 'invalid', message: guard.message, fieldErrors: {} };
  const values = campaignValues(formData);
  const result = await createCampaign(getDb(), { actor: guard.user, request: await currentRequestInfo() }, values);
  if (!result.ok) return { status: 'invalid', message: result.message, fieldErrors: result.fieldErrors ?? {}, values };
  revalidateCampaignPages();
  redirect(`/admin/campaigns?created=${result.value.id}`);
}

export async function updateCampaignAction(campaignId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await guardAction('update_campaign', canManageCampaigns);
  if (!guard.ok) return { status: 'invalid', message: guard.message, fieldErrors: {} };
  const id = Number(campaignId);
  const values = campaignValues(formData);
  const result = await updateCampaign(getDb(), { actor: guard.user, request: await currentRequestInfo() }, { id, raw: values });
  if (!result.ok) return { status: 'invalid', message: result.message, fieldErrors: result.fieldErrors ?? {}, values };
  if (result.value.changed) revalidateCampaignPages();
  redirect(`/admin/campaigns?${result.value.changed ? 'updated' : 'unchanged'}=${id}`);
}

/** The review levels, criteria and notice of one campaign (admins only; the rules live in lib/campaigns/review-setup.ts). */
export async function saveReviewSetupAction(campaignId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const guard = await guardAction('save_review_setup', canManageCampaigns);
  if (!guard.ok) return { status: 'invalid', message: guard.message, fieldErrors: {} };
  const id = Number(campaignId);
  const values = Object.fromEntries(
    REVIEW_SETUP_FIELDS.map((name) => {
      const value = formData.get(name);
      return [name, typeof value === 'string' ? value : ''];
    }),
  );
  const result = await saveReviewSetup(getDb(), { actor: guard.user, request: await currentRequestInfo() }, { campaignId: id, raw: values });
  if (!result.ok) return { status: 'invalid', message: result.message, fieldErrors: result.fieldErrors ?? {}, values };
  if (!result.value.changed) return { status: 'ok', message: REVIEW_SETUP_MESSAGES.unchanged };
  revalidatePath(`/admin/campaigns/${id}/review`);
  revalidatePath('/review', 'layout');
  revalidatePath('/nominations', 'layout');
  return { status: 'ok', message: 'Đã lưu các cấp xét duyệt, bộ tiêu chí và thời hạn công khai của phong trào.' };
}
