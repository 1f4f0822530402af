import { createHash, randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { count, eq } from 'drizzle-orm';
import { transition } from '@/lib/domain/state-machine';
import { newStorageKey, type FileStorage } from '@/lib/domain/file-storage';
import type { NominationStatus } from '@/lib/domain/vocabulary';
import { importAdminData, readAdminData, selectProvinces } from '../admin-import';
import type { Db } from '../client';
import { insertNomination } from '../queries/nomination-drafts';
import { accounts, attachments, campaigns, commendations, nominationEvents, nominations, units, users } from '../schema';
import { DEMO_NOMINATIONS } from './demo-nominations';
import { renderDemoPhoto } from './demo-photos';
import type { DemoNomination, DemoUnitKey } from './demo-types';
import { DEMO_ACCOUNTS, DEMO_CAMPAIGN, DEMO_PASSWORD, DEMO_UNITS } from './demo-units';
import { replaceReviewSetup, type ReviewSetup } from '../queries/review-setup';
import { DEFAULT_CRITERIA, defaultReviewLevels } from '@/lib/domain/review-levels';

/** The demo campaign reviews at two levels, xã then huyện, which decides. */
const DEMO_REVIEW_SETUP: ReviewSetup = {
  levels: defaultReviewLevels(DEMO_CAMPAIGN.startYear),
  criteria: DEFAULT_CRITERIA,
  usesNotice: false,
  noticeWorkingDays: 10,
};
const DECIDING_LEVEL = DEMO_REVIEW_SETUP.levels.length - 1;

/** Bình Phước (70) and Đồng Nai (75) before the reform; Đồng Nai (75) after it absorbed Bình Phước. */
export const DEMO_OLD_PROVINCES = ['70', '75'];
export const DEMO_NEW_PROVINCES = ['75'];

// Communes that kept their code after 01/07/2025: 2025 nominations there are recorded in the new tree.
const SAME_CODE_AFTER_REFORM = new Set(['25222', '25225', '25231', '25267']);

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(campaigns);
  return (row?.n ?? 0) === 0;
}

export async function seedAdminUnitsForDemo(db: Db) {
  return importAdminData(db, selectProvinces(readAdminData(), DEMO_OLD_PROVINCES, DEMO_NEW_PROVINCES));
}

function day(year: number, dayOfYear: number): Date {
  return new Date(Date.UTC(year, 0, 1, 2) + dayOfYear * 86_400_000);
}

/** Loads the whole demo: map, campaign, units, accounts, nominations with photos and history. */
export async function seedDemo(db: Db, storage: FileStorage): Promise<{ nominations: number }> {
  await seedAdminUnitsForDemo(db);
  const written: string[] = [];
  try {
    await db.transaction(async (tx) => {
      const txDb = tx as unknown as Db;
      const [campaign] = await tx.insert(campaigns).values(DEMO_CAMPAIGN).returning({ id: campaigns.id });
      await replaceReviewSetup(tx, { campaignId: campaign!.id, setup: DEMO_REVIEW_SETUP });
      const unitIds = new Map<DemoUnitKey, number>();
      for (const [key, unit] of Object.entries(DEMO_UNITS) as [DemoUnitKey, (typeof DEMO_UNITS)[DemoUnitKey]][]) {
        const [row] = await tx
          .insert(units)
          .values({ ...unit, adminUnitTree: '2024' })
          .returning({ id: units.id });
        unitIds.set(key, row!.id);
      }
      const userIds = new Map<string, string>();
      for (const account of DEMO_ACCOUNTS) {
        const id = randomUUID();
        await tx.insert(users).values({
          id,
          name: account.name,
          email: account.email,
          emailVerified: true,
          role: account.role,
          unitId: account.unit ? unitIds.get(account.unit) : null,
          scopeTree: account.scope?.tree ?? null,
          scopeCode: account.scope?.code ?? null,
        });
        await tx.insert(accounts).values({
          id: randomUUID(),
          accountId: id,
          providerId: 'credential',
          userId: id,
          password: await hash(DEMO_PASSWORD),
        });
        userIds.set(account.email, id);
      }
      const unitUser = new Map<DemoUnitKey, string>([
        ['ubnd-phu-nghia', userIds.get('phunghia@guongsang.test')!],
        ['hoi-nong-dan', userIds.get('hoinongdan@guongsang.test')!],
      ]);
      const reviewerId = userIds.get('thamdinh@guongsang.test')!;
      const adminId = userIds.get('admin@guongsang.test')!;

      const idsByKey = new Map<string, string>();
      // Originals first, so that replications can point at them.
      const ordered = [...DEMO_NOMINATIONS].sort((a, b) => Number(Boolean(a.replicates)) - Number(Boolean(b.replicates)));
      for (const [index, demo] of ordered.entries()) {
        const id = await insertDemoNomination(txDb, demo, {
          index,
          campaignId: campaign!.id,
          unitId: unitIds.get(demo.unit)!,
          unitUserId: unitUser.get(demo.unit) ?? null,
          reviewerId,
          adminId,
          replicatesId: demo.replicates ? (idsByKey.get(demo.replicates) ?? null) : null,
        });
        idsByKey.set(demo.key, id);
        for (const [position, photo] of demo.photos.entries()) {
          const rendered = await renderDemoPhoto(photo, `${demo.key}-${position}`);
          const largeKey = newStorageKey('webp');
          const thumbKey = largeKey.replace('.webp', '-thumb.webp');
          await storage.put(largeKey, rendered.large);
          written.push(largeKey);
          await storage.put(thumbKey, rendered.thumbnail);
          written.push(thumbKey);
          await tx.insert(attachments).values({
            nominationId: id,
            kind: 'photo',
            storageKey: largeKey,
            thumbnailKey: thumbKey,
            originalName: `${demo.key}-${position + 1}.webp`,
            mime: 'image/webp',
            bytes: rendered.large.length,
            sha256: createHash('sha256').update(rendered.large).digest('hex'),
            width: rendered.width,
            height: rendered.height,
            caption: photo.caption,
            isPublic: photo.isPublic,
            position,
          });
        }
        if (demo.commendation) {
          await tx.insert(commendations).values({ nominationId: id, ...demo.commendation, createdBy: reviewerId });
        }
      }
    });
  } catch (error) {
    // Nothing of the demo stays behind: neither rows (rolled back) nor photo files.
    await Promise.all(written.map((key) => storage.remove(key)));
    throw error;
  }
  return { nominations: DEMO_NOMINATIONS.length };
}

interface DemoContext {
  index: number;
  campaignId: number;
  unitId: number;
  unitUserId: string | null;
  reviewerId: string;
  adminId: string;
  replicatesId: string | null;
}

async function insertDemoNomination(db: Db, demo: DemoNomination, ctx: DemoContext): Promise<string> {
  const recordedInNewTree = demo.year === 2025 && SAME_CODE_AFTER_REFORM.has(demo.communeCode) && ctx.index % 2 === 0;
  // Mid-year, after the consent dates of the demo text; new-tree records after the reform took effect.
  const createdAt = day(demo.year, recordedInNewTree ? 190 + ctx.index : 150 + ctx.index * 4);
  const { id } = await insertNomination(db, {
    campaignId: ctx.campaignId,
    year: demo.year,
    communeTree: recordedInNewTree ? '2025' : '2024',
    communeCode: demo.communeCode,
    unitId: ctx.unitId,
    createdBy: ctx.unitUserId,
    nomineeKind: demo.nomineeKind,
    field: demo.field,
    title: demo.title,
    nomineeName: demo.nomineeName,
    gender: demo.gender ?? null,
    birthYear: demo.birthYear ?? null,
    ethnicity: demo.ethnicity ?? null,
    nomineeRole: demo.nomineeRole ?? null,
    collectiveType: demo.collectiveType ?? null,
    collectiveSize: demo.collectiveSize ?? null,
    modelHowItWorks: demo.modelHowItWorks ?? null,
    modelSince: demo.modelSince ?? null,
    summary: demo.summary,
    story: demo.story,
    contactPhone: demo.contactPhone ?? null,
    address: demo.address ?? null,
    unitContactPerson: demo.unitContactPerson ?? null,
    householdsEscaped: demo.impact.householdsEscaped ?? null,
    nearPoorHelped: demo.impact.nearPoorHelped ?? null,
    beneficiaryHouseholds: demo.impact.beneficiaryHouseholds ?? null,
    ethnicMinorityHouseholds: demo.impact.ethnicMinorityHouseholds ?? null,
    jobsCreated: demo.impact.jobsCreated ?? null,
    contributionVnd: demo.impact.contributionVnd ?? null,
    startedYear: demo.impact.startedYear ?? null,
    replicatesId: ctx.replicatesId,
    consentGiven: demo.consent?.given ?? null,
    consentGivenBy: demo.consent?.givenBy ?? null,
    consentDate: demo.consent?.date ?? null,
    consentForm: demo.consent?.form ?? null,
    publishMode: demo.consent?.publishMode ?? 'named',
    status: 'draft',
    createdAt,
    updatedAt: createdAt,
  });

  // Replays the history through the state machine, so demo data obeys the same rules as real data.
  let status: NominationStatus = 'draft';
  let at = createdAt;
  const stamps: Partial<Record<'submittedAt' | 'decidedAt' | 'approvedAt', Date>> = {};
  for (const event of demo.events) {
    at = new Date(at.getTime() + 18 * 86_400_000);
    const result = transition(status, event.action, event.comment);
    if (!result.ok) throw new Error(`Demo ${demo.key}: ${event.action} from ${status}: ${result.message}`);
    const actorId = event.action === 'unpublish' ? ctx.adminId : event.actor === 'reviewer' ? ctx.reviewerId : ctx.unitUserId;
    await db.insert(nominationEvents).values({
      nominationId: id,
      actorId,
      action: event.action,
      fromStatus: status,
      toStatus: result.to,
      comment: event.comment ?? null,
      createdAt: at,
    });
    if (event.action === 'submit') stamps.submittedAt = at;
    if (['approve', 'return', 'reject'].includes(event.action)) stamps.decidedAt = at;
    if (event.action === 'approve') stamps.approvedAt = at;
    status = result.to;
  }
  if (status !== demo.status) throw new Error(`Demo ${demo.key}: history ends in ${status}, not ${demo.status}`);
  // The demo's decisions were taken at the deciding level (huyện), where the demo reviewer works.
  const reviewLevel = status === 'draft' || status === 'returned' ? null : DECIDING_LEVEL;
  await db
    .update(nominations)
    .set({ status, reviewLevel, version: 1 + demo.events.length, updatedAt: at, ...stamps })
    .where(eq(nominations.id, id));
  return id;
}
