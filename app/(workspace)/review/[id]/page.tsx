import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { LevelProgress } from '@/components/workspace/level-progress';
import { StatusBadge } from '@/components/workspace/status-badge';
import { getDb } from '@/db/index';
import { getUserName, listLevelReviewers } from '@/db/queries/assignment';
import { DUPLICATE_REASON_LABELS } from '@/db/queries/duplicates';
import { getNominationRow, listAttachments, listNominationEvents } from '@/db/queries/nomination-record';
import { auditDenial, requirePermission } from '@/lib/auth/current-user';
import {
  canPrintCommendationAnnex,
  canReadReviewNotes,
  canRecordCommendation,
  canReviewNomination,
  canUnpublish,
  canUseReviewQueue,
} from '@/lib/auth/permissions';
import { STATUS_LABELS } from '@/lib/domain/vocabulary';
import { formatDateTime } from '@/lib/format';
import { relatedRecordsForReview } from '@/lib/nominations/related-records';
import { COMMENDATION_FORMS } from '@/lib/review/commendations';
import { REFUSAL_MESSAGES } from '@/lib/review/messages';
import { listCommendations } from '@/db/queries/commendations';
import { listObjections } from '@/db/queries/objections';
import { listReviewNotes } from '@/db/queries/review-notes';
import { getReviewSetup } from '@/db/queries/review-setup';
import { listScores } from '@/db/queries/scores';
import { now } from '@/lib/clock';
import { DossierLiving } from '../../_living/dossier-living';
import { levelName } from '@/lib/domain/review-levels';
import { reviewSteps } from '@/lib/review/steps';
import { NominationTimeline } from '../../nominations/nomination-timeline';
import { AssignForm } from '../assign-form';
import { ReviewUpdateSection } from '../review-update-section';
import { approvalBlockedReason, decisionChoices } from '../decision-choices';
import { DecisionPanel } from '../decision-panel';
import { LevelOpinions } from '../level-opinions';
import { NoticeSection } from '../notice-section';
import { RecordedCommendations } from '../recorded-commendations';
import { ReviewDetails } from '../review-details';
import { CommendationForm, NoteForm, PublishForm } from '../side-forms';
import { FollowUpPanel } from '../../nominations/follow-up-panel';
import { followUpPanelProps } from '@/lib/follow-ups/panel';

export const metadata: Metadata = { title: 'Thẩm định hồ sơ' };

/** What a commendation posted without script came back with (the form shows details when script runs). */
const COMMENDATION_OUTCOMES: Record<string, { ok: boolean; text: string }> = {
  'da-ghi': { ok: true, text: 'Đã ghi nhận khen thưởng; trang công khai của điển hình đã hiển thị.' },
  loi: { ok: false, text: 'Chưa ghi nhận được khen thưởng: hãy kiểm tra lại các ô (tệp quét phải là PDF không quá 20 MB) rồi gửi lại.' },
};

export default async function ReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const outcomeKey = (await searchParams)['khen-thuong'];
  const commendationOutcome =
    typeof outcomeKey === 'string' && Object.hasOwn(COMMENDATION_OUTCOMES, outcomeKey) ? COMMENDATION_OUTCOMES[outcomeKey] : undefined;
  const user = await requirePermission(`/review/${id}`, canUseReviewQueue);
  const db = getDb();
  const row = await getNominationRow(db, id);
  const facts = row ? { ...row.nomination, status: row.nomination.status } : null;
  if (!row || !facts || facts.status === 'draft') {
    await auditDenial(user, `/review/${id}`, { reason: 'not_found_or_draft' });
    notFound();
  }
  if (!canReviewNomination(user, facts)) {
    await auditDenial(user, `/review/${id}`, { reason: 'out_of_scope' });
    return (
      <section className="mx-auto max-w-xl py-8">
        <h1 className="text-2xl font-bold">Không xem được hồ sơ này</h1>
        <p className="mt-3 text-stone-800">{REFUSAL_MESSAGES.out_of_scope} Nếu cần, hãy liên hệ quản trị viên để điều chỉnh địa bàn thẩm định.</p>
        <p className="mt-4">
          <Link href="/review">← Danh sách hồ sơ</Link>
        </p>
      </section>
    );
  }
  const n = row.nomination;
  const readsNotes = canReadReviewNotes(user, facts);
  const [attachments, events, notes, { duplicates, lineage }] = await Promise.all([
    listAttachments(db, n.id),
    listNominationEvents(db, n.id),
    readsNotes ? listReviewNotes(db, n.id) : Promise.resolve([]),
    relatedRecordsForReview(db, user, { id: n.id, replicatesId: n.replicatesId }),
  ]);
  const setup = (await getReviewSetup(db, { campaignId: n.campaignId })) ?? { levels: [], criteria: [], usesNotice: false, noticeWorkingDays: 10 };
  const steps = reviewSteps(user, facts, setup);
  const underReview = facts.status === 'submitted' || facts.status === 'in_notice';
  // Citizens' contacts are for the level that judges them, and admins.
  const showsObjections = user.role === 'admin' || steps.isDecidingLevel;
  const [scores, objections, levelReviewers, assigneeName, recordedCommendations] = await Promise.all([
    listScores(db, { nominationId: n.id }),
    showsObjections ? listObjections(db, { nominationId: n.id }) : Promise.resolve([]),
    steps.assigns ? listLevelReviewers(db, { nominationId: n.id }) : Promise.resolve([]),
    n.assignedTo ? getUserName(db, { id: n.assignedTo }) : Promise.resolve(null),
    listCommendations(db, { nominationId: n.id }),
  ]);
  const recommendations = events
    .filter((e) => e.action === 'forward' && e.comment)
    .map((e) => ({ level: e.reviewLevel ?? 0, comment: e.comment!, actorName: e.actorName, at: e.at }))
    .reverse();
  const followUps = await followUpPanelProps(db, user, n, now());
  const approvalBlocked = approvalBlockedReason(facts.status, n.noticeEndsAt, objections, now());
  const lastDecision = events.find((e) => ['approve', 'return', 'reject', 'unpublish', 'republish'].includes(e.action));
  const person = n.nomineeKind === 'individual' || n.nomineeKind === 'household';
  return (
    <section className="mx-auto max-w-5xl">
      <p className="text-sm">
        <Link href="/review">← Danh sách hồ sơ</Link>
      </p>
      <div className="mt-3">
        <LevelProgress levels={setup.levels} current={n.reviewLevel} status={facts.status} usesNotice={setup.usesNotice} noticeEndsAt={n.noticeEndsAt} />
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <StatusBadge status={facts.status} />
        <span className="text-sm text-stone-600">
          {row.unitName} · {row.communeName ?? n.communeCode} · năm {n.year}
        </span>
      </div>
      <h1 className="mt-2 text-2xl font-bold text-stone-900">{n.title}</h1>
      {duplicates.length > 0 && (
        <div role="note" className="mt-4 rounded-lg border-l-4 border-amber-500 bg-amber-50 p-4">
          <p className="font-semibold">Có thể trùng với hồ sơ đã có trên cùng địa bàn:</p>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {duplicates.map((d) => (
              <li key={d.href}>
                <Link href={d.href}>{d.title}</Link> — {d.nomineeName}, năm {d.year} ({DUPLICATE_REASON_LABELS[d.reason]})
                {d.outsideScope && <span className="text-stone-700"> · điển hình đã công bố, ngoài địa bàn bạn được giao</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="mt-6 grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-6">
          {facts.status === 'approved' && <ReviewUpdateSection user={user} nomination={n} levels={setup.levels} />}
          <LevelOpinions levels={setup.levels} criteria={setup.criteria} scores={scores} recommendations={recommendations} />
          {(facts.status === 'in_notice' || objections.length > 0) && showsObjections && (
            <NoticeSection
              reviewId={n.id}
              startsAt={n.noticeStartsAt}
              endsAt={n.noticeEndsAt}
              objections={objections}
              judges={steps.judgesObjections && facts.status === 'in_notice'}
            />
          )}
          {followUps && <FollowUpPanel {...followUps} />}
          <ReviewDetails nomination={n} communeName={row.communeName} attachments={attachments} lineage={lineage} />
          <DossierLiving db={db} user={user} nomination={facts} now={now()} />
          <NominationTimeline events={events} levels={setup.levels} />
          <section aria-labelledby="ghi-chu" className="rounded-lg border border-stone-200 bg-white p-4">
            <h2 id="ghi-chu" className="text-lg font-semibold">
              Ghi chú nội bộ của cán bộ thẩm định
            </h2>
            {!readsNotes ? (
              <p className="mt-2 text-stone-700">{REFUSAL_MESSAGES.own_unit_notes}</p>
            ) : notes.length === 0 ? (
              <p className="mt-2 text-stone-700">Chưa có ghi chú.</p>
            ) : (
              <ul className="mt-2 space-y-2">
                {notes.map((note) => (
                  <li key={note.id} className="text-sm">
                    <span className="text-stone-600">
                      {formatDateTime(note.at)} · {note.authorName}
                    </span>
                    <p className="whitespace-pre-line">{note.body}</p>
                  </li>
                ))}
              </ul>
            )}
            {readsNotes && (
              <div className="mt-3">
                <NoteForm id={n.id} />
              </div>
            )}
          </section>
        </div>
        <aside className="min-w-0 space-y-6">
          {(steps.actions.length > 0 || steps.refusal) && (
            // One panel whether or not this person may act now: after a step that leaves them nothing more to do,
            // the page refreshes and the panel keeps saying what was recorded.
            <section aria-labelledby="quyet-dinh" className="rounded-lg border border-stone-300 bg-white p-4">
              <h2 id="quyet-dinh" className="text-lg font-semibold">
                {steps.actions.length > 0 ? `Quyết định của ${(levelName(setup.levels, n.reviewLevel ?? 0) ?? 'cấp xét duyệt').toLowerCase()}` : 'Quyết định'}
              </h2>
              <div className="mt-3">
                <DecisionPanel
                  id={n.id}
                  version={n.version}
                  choices={steps.actions.length > 0 ? decisionChoices(steps.actions, setup, n.reviewLevel ?? 0, facts.status) : []}
                  criteria={setup.criteria}
                  offerAnonymise={person && n.consentGiven !== true && n.publishMode !== 'anonymised'}
                  approvalBlocked={approvalBlocked}
                  unavailable={steps.actions.length > 0 ? null : steps.refusal}
                />
              </div>
            </section>
          )}
          {underReview && (
            <section aria-labelledby="phan-cong" className="rounded-lg border border-stone-300 bg-white p-4">
              <h2 id="phan-cong" className="text-lg font-semibold">
                Phân công
              </h2>
              <p className="mt-2 text-stone-800">
                {assigneeName ? `Đang giao cho ${assigneeName}.` : 'Chưa giao cho ai; mọi cán bộ thẩm định của cấp này đều có thể xử lý.'}
              </p>
              {steps.assigns && (
                <div className="mt-3">
                  <AssignForm id={n.id} reviewers={levelReviewers.filter((r) => r.unitId !== n.unitId)} current={n.assignedTo} />
                </div>
              )}
            </section>
          )}
          {!underReview && lastDecision && (
            <section aria-labelledby="ket-qua" role="status" className="rounded-lg border border-stone-300 bg-white p-4">
              <h2 id="ket-qua" className="text-lg font-semibold">
                Kết quả thẩm định
              </h2>
              <p className="mt-2">
                <strong>{STATUS_LABELS[lastDecision.toStatus]}</strong> — {lastDecision.actorName ?? 'cán bộ thẩm định'}, {formatDateTime(lastDecision.at)}
              </p>
              {lastDecision.comment && <p className="mt-1 whitespace-pre-line text-stone-800">{lastDecision.comment}</p>}
            </section>
          )}
          <RecordedCommendations items={recordedCommendations} printsAnnex={canPrintCommendationAnnex(user)} />
          {canRecordCommendation(user, facts) && (
            <section aria-labelledby="khen-thuong" className="rounded-lg border border-stone-300 bg-white p-4">
              <h2 id="khen-thuong" className="text-lg font-semibold">
                Khen thưởng, biểu dương
              </h2>
              {commendationOutcome && (
                <p
                  role="status"
                  className={`mt-2 rounded-md border px-3 py-2 text-sm font-medium ${commendationOutcome.ok ? 'border-green-300 bg-green-50 text-green-900' : 'border-red-300 bg-red-50 text-red-900'}`}
                >
                  {commendationOutcome.text}
                </p>
              )}
              <div className="mt-3">
                <CommendationForm id={n.id} forms={COMMENDATION_FORMS} />
              </div>
            </section>
          )}
          {canUnpublish(user) && (facts.status === 'approved' || facts.status === 'unpublished') && (
            <section aria-labelledby="cong-bo" className="rounded-lg border border-stone-300 bg-white p-4">
              <h2 id="cong-bo" className="text-lg font-semibold">
                {facts.status === 'approved' ? 'Gỡ công bố' : 'Công bố lại'}
              </h2>
              <div className="mt-3">
                <PublishForm id={n.id} version={n.version} action={facts.status === 'approved' ? 'unpublish' : 'republish'} />
              </div>
            </section>
          )}
          <p className="text-sm text-stone-600">Cập nhật lúc {formatDateTime(n.updatedAt)}</p>
        </aside>
      </div>
    </section>
  );
}
