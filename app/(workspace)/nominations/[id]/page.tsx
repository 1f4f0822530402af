import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { LevelProgress } from '@/components/workspace/level-progress';
import { StatusBadge } from '@/components/workspace/status-badge';
import { getReviewSetup } from '@/db/queries/review-setup';
import { getDb } from '@/db/index';
import { getNominationRow, listAttachments, listNominationEvents } from '@/db/queries/nomination-record';
import { auditDenial, requirePermission } from '@/lib/auth/current-user';
import { canEditNomination, canProposeUpdate, canUseUnitWorkspace, canViewUnitNomination, canWithdrawNomination } from '@/lib/auth/permissions';
import { UnitUpdateSection } from '../unit-update-section';
import { formatDateTime } from '@/lib/format';
import { now } from '@/lib/clock';
import { DossierLiving } from '../../_living/dossier-living';
import { AttachmentManager } from '../attachment-manager';
import { formValuesOf } from '../form-values';
import { communeLabel, exampleTitle, loadCampaigns } from '../load-form';
import { MoveButton } from '../move-button';
import { NominationForm } from '../nomination-form';
import { NominationSummary } from '../nomination-summary';
import { NominationTimeline } from '../nomination-timeline';
import { FollowUpPanel } from '../follow-up-panel';
import { followUpPanelProps } from '@/lib/follow-ups/panel';
import { photoNotice } from '@/lib/uploads/photo-notices';

export const metadata: Metadata = { title: 'Hồ sơ điển hình' };

export default async function NominationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const user = await requirePermission(`/nominations/${id}`, canUseUnitWorkspace);
  const db = getDb();
  const row = await getNominationRow(db, id);
  const facts = row ? { ...row.nomination, status: row.nomination.status } : null;
  if (!row || !facts || !canViewUnitNomination(user, facts)) {
    // Another unit's nomination does not exist as far as this user can tell.
    await auditDenial(user, `/nominations/${id}`, { reason: 'not_own_unit' });
    notFound();
  }
  const n = row.nomination;
  const query = await searchParams;
  const [attachments, events, campaigns, commune, replicates, setup] = await Promise.all([
    listAttachments(db, n.id),
    listNominationEvents(db, n.id),
    loadCampaigns(db),
    communeLabel(db, n.communeTree, n.communeCode),
    exampleTitle(db, n.replicatesId),
    getReviewSetup(db, { campaignId: n.campaignId }),
  ]);
  const followUps = await followUpPanelProps(db, user, n, now());
  const editable = canEditNomination(user, facts);
  const photoMessage = photoNotice(query.photo);
  const lastComment = events.find((e) => (e.toStatus === 'returned' || e.toStatus === 'rejected') && e.comment)?.comment ?? null;
  return (
    <section className="mx-auto max-w-3xl">
      <p className="text-sm">
        <Link href="/nominations">← Hồ sơ của đơn vị</Link>
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <StatusBadge status={facts.status} />
        <span className="text-sm text-stone-600">
          Cập nhật lúc {formatDateTime(n.updatedAt)}
          {row.updatedByName ? ` bởi ${row.updatedByName}` : ''}
        </span>
      </div>
      <h1 className="mt-2 text-2xl font-bold text-stone-900">{n.title}</h1>
      {setup && setup.levels.length > 0 && facts.status !== 'draft' && (
        <div className="mt-3">
          <LevelProgress levels={setup.levels} current={n.reviewLevel} status={facts.status} usesNotice={setup.usesNotice} noticeEndsAt={n.noticeEndsAt} />
        </div>
      )}
      {query.saved === '1' && (
        <p role="status" className="mt-3 rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900">
          Đã lưu.
        </p>
      )}
      {query.proposed === '1' && (
        <p role="status" className="mt-3 rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900">
          Đã gửi đề xuất cập nhật. Bản đang công bố giữ nguyên cho đến khi cán bộ thẩm định duyệt; bạn có thể thêm ảnh mới cho đề xuất ở bên dưới.
        </p>
      )}
      {photoMessage && (
        <p
          role={photoMessage.ok ? 'status' : 'alert'}
          className={`mt-3 rounded border px-3 py-2 ${photoMessage.ok ? 'border-green-300 bg-green-50 text-green-900' : 'border-red-300 bg-red-50 text-red-900'}`}
        >
          {photoMessage.message}
        </p>
      )}
      {query.error && (
        <p role="alert" className="mt-3 rounded border border-red-300 bg-red-50 px-3 py-2 text-red-900">
          {query.error}
        </p>
      )}
      <div className="mt-6 space-y-8">
        {editable ? (
          <NominationForm
            id={n.id}
            version={n.version}
            clientKey={n.clientKey ?? n.id}
            savedAt={n.updatedAt.toISOString()}
            values={formValuesOf(n)}
            campaigns={
              campaigns.some((c) => c.id === n.campaignId)
                ? campaigns
                : [...campaigns, { id: n.campaignId, shortName: 'Đợt thi đua đã đóng', startYear: n.year, endYear: n.year }]
            }
            commune={commune}
            replicates={replicates}
            reviewerComment={facts.status === 'returned' ? lastComment : null}
            submittable
          />
        ) : (
          <>
            <NominationSummary nomination={n} communeName={row.communeName} reviewerComment={facts.status === 'rejected' ? lastComment : null} />
            {canProposeUpdate(user, facts) && <UnitUpdateSection nomination={n} />}
            {canWithdrawNomination(user, facts) && (
              <div className="rounded-lg border border-stone-200 bg-white p-4">
                <p className="mb-3 text-stone-700">Hồ sơ đang chờ thẩm định nên không sửa được. Nếu cần sửa, hãy rút về; khi sửa xong, gửi lại.</p>
                <MoveButton id={n.id} action="withdraw" version={n.version} />
              </div>
            )}
          </>
        )}
        <section aria-labelledby="anh-tai-lieu" className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
          <h2 id="anh-tai-lieu" className="text-lg font-semibold">
            Ảnh và tài liệu
          </h2>
          {editable ? (
            <div className="mt-3">
              <AttachmentManager nominationId={n.id} items={attachments} />
            </div>
          ) : attachments.length === 0 ? (
            <p className="mt-2 text-stone-700">Không có ảnh, tài liệu.</p>
          ) : (
            <ul className="mt-3 grid gap-3 sm:grid-cols-3">
              {attachments.map((a) => (
                <li key={a.id} className="text-sm">
                  {a.kind === 'photo' ? (
                    // eslint-disable-next-line @next/next/no-img-element -- a private file: /files checks the session, which next/image's optimiser would not carry
                    <img src={`/files/${a.id}?size=thumb`} alt={a.caption || 'Ảnh của hồ sơ'} className="aspect-[4/3] w-full rounded object-cover" />
                  ) : (
                    <a href={`/files/${a.id}`}>{a.originalName}</a>
                  )}
                  {a.caption && <p className="mt-1">{a.caption}</p>}
                </li>
              ))}
            </ul>
          )}
        </section>
        <DossierLiving db={db} user={user} nomination={facts} now={now()} />
        {followUps && <FollowUpPanel {...followUps} />}
        <NominationTimeline events={events} levels={setup?.levels} showAssignments={false} />
      </div>
    </section>
  );
}
