import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CasebookPanel } from '@/components/casebook/casebook-panel';
import { EmbedSnippet } from '@/components/embeds/embed-snippet';
import { getDb } from '@/db/index';
import { countPublishedExamples, getCampaignForEdit, type CampaignForEdit } from '@/db/queries/campaigns';
import { listReportAreas } from '@/db/queries/reports';
import { requirePermission } from '@/lib/auth/current-user';
import { canManageCampaigns } from '@/lib/auth/permissions';
import { casebookAreaChoices } from '@/lib/casebook/form-options';
import { SITE_NAME } from '@/lib/site';
import { CampaignForm } from '../campaign-form';

export const metadata: Metadata = { title: 'Sửa phong trào thi đua' };
export const dynamic = 'force-dynamic';

/** The stored campaign as the strings the form posts back. */
function formValues(c: CampaignForEdit): Record<string, string> {
  return {
    name: c.name,
    shortName: c.shortName,
    slug: c.slug,
    description: c.description,
    startYear: String(c.startYear),
    endYear: String(c.endYear),
    submissionsOpenOn: c.submissionsOpenOn ?? '',
    submissionsCloseOn: c.submissionsCloseOn ?? '',
    acceptingNominations: c.acceptingNominations ? 'on' : '',
  };
}

export default async function EditCampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission(`/admin/campaigns/${encodeURIComponent(id)}`, canManageCampaigns);
  // Ids are identity integers; anything else cannot name a campaign.
  if (!/^[1-9]\d{0,8}$/.test(id)) notFound();
  const db = getDb();
  const campaign = await getCampaignForEdit(db, Number(id));
  if (!campaign) notFound();
  const [published, areas] = await Promise.all([countPublishedExamples(db, campaign.id), listReportAreas(db, { user, campaignId: campaign.id })]);
  const casebookAreas = await casebookAreaChoices(db, user, areas);
  return (
    <section className="mx-auto max-w-2xl">
      <p className="text-sm">
        <Link href="/admin/campaigns">← Phong trào thi đua</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-stone-900">{campaign.shortName}</h1>
      <p className="mt-1 text-stone-700">Sửa thông tin, giai đoạn và thời hạn nhận hồ sơ của phong trào.</p>
      <p className="mt-2">
        <Link href={`/admin/campaigns/${campaign.id}/review`}>Các cấp xét duyệt, tiêu chí và công khai lấy ý kiến →</Link>
      </p>
      <div className="mt-4 rounded-lg border border-stone-200 bg-white p-5">
        <CampaignForm campaignId={campaign.id} initial={formValues(campaign)} slugLocked={published > 0} />
      </div>
      {published > 0 && (
        <>
          <CasebookPanel headingId="ky-yeu" idPrefix="casebook" campaign={campaign} areas={casebookAreas} defaults={{ year: '', area: '' }} />
          <EmbedSnippet id="ma-nhung" path={`/embed/campaigns/${campaign.slug}`} title={`${campaign.name} — ${SITE_NAME}`} />
        </>
      )}
    </section>
  );
}
