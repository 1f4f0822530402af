import { createHash, randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { count, eq } from 'drizzle-orm';
import { newStorageKey, type FileStorage } from '@/lib/domain/file-storage';
import { importAdminData, readAdminData, selectProvinces } from '../admin-import';
import type { Db } from '../client';
import { insertNomination } from '../queries/nomination-drafts';
import { accounts, attachments, campaigns, commendations, nominations, units, users } from '../schema';
import { DEMO_NOMINATIONS } from './demo-nominations';
import { seedDemoLiving } from './demo-living';
import { seedDemoComments } from './demo-comments';
import { seedDemoFollowUps } from './demo-follow-ups';
import { seedDemoOutreach } from './demo-outreach';
import { renderDemoPhoto } from './demo-photos';
import type { DemoNomination, DemoUnitKey } from './demo-types';
import { replayDemoHistory, type DemoActors } from './demo-history';
import { seedDemoVersions } from './demo-versions';
import { seedDemoLivingPhotos } from './demo-living-photos';
import { DEMO_ACCOUNTS, DEMO_CAMPAIGN, DEMO_NEXT_CAMPAIGN, DEMO_PASSWORD, DEMO_UNITS } from './demo-units';
import { replaceReviewSetup, type ReviewSetup } from '../queries/review-setup';
import { DEFAULT_CRITERIA, defaultReviewLevels } from '@/lib/domain/review-levels';

/** Both demo campaigns review as their period's defaults: xã → huyện, then xã/phường → tỉnh, with a public notice. */
const setupFor = (startYear: number): ReviewSetup => ({
  levels: defaultReviewLevels(startYear),
  criteria: DEFAULT_CRITERIA,
  usesNotice: true,
  noticeWorkingDays: 10,
});
const DEMO_SETUP = setupFor(DEMO_CAMPAIGN.startYear);
const NEXT_SETUP = setupFor(DEMO_NEXT_CAMPAIGN.startYear);

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
      await replaceReviewSetup(tx, { campaignId: campaign!.id, setup: DEMO_SETUP });
      const [next] = await tx.insert(campaigns).values(DEMO_NEXT_CAMPAIGN).returning({ id: campaigns.id });
      await replaceReviewSetup(tx, { campaignId: next!.id, setup: NEXT_SETUP });
      const unitIds = new Map<DemoUnitKey, number>();
      for (const [key, unit] of Object.entries(DEMO_UNITS) as [DemoUnitKey, (typeof DEMO_UNITS)[DemoUnitKey]][]) {
        const [row] = await tx
          .insert(units)
          .values({ ...unit, adminUnitTree: unit.adminUnitTree ?? '2024' })
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
          reviewLead: account.reviewLead ?? false,
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
      const communeReviewerId = userIds.get('thamdinh.xa@guongsang.test')!;
      const provinceReviewerId = userIds.get('thamdinh.tinh@guongsang.test')!;
      const now = new Date();

      const idsByKey = new Map<string, string>();
      // Originals first, so that replications can point at them.
      const ordered = [...DEMO_NOMINATIONS].sort((a, b) => Number(Boolean(a.replicates)) - Number(Boolean(b.replicates)));
      for (const [index, demo] of ordered.entries()) {
        const isNext = demo.campaign === 'next';
        const id = await insertDemoNomination(txDb, demo, {
          index,
          campaignId: isNext ? next!.id : campaign!.id,
          setup: isNext ? NEXT_SETUP : DEMO_SETUP,
          unitId: unitIds.get(demo.unit)!,
          actors: {
            unit: unitUser.get(demo.unit) ?? null,
            commune_reviewer: communeReviewerId,
            reviewer: isNext ? provinceReviewerId : reviewerId,
            admin: adminId,
          },
          now,
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
      await seedDemoLiving(txDb, {
        idsByKey,
        unitIds,
        userIds,
        now,
        recorderFor: (key) => unitUser.get(DEMO_NOMINATIONS.find((d) => d.key === key)!.unit) ?? reviewerId,
      });
      await seedDemoFollowUps(txDb, { idsByKey, unitUser, reviewerId, now });
      await seedDemoComments(txDb, { idsByKey, moderatorId: reviewerId, now });
      await seedDemoVersions(txDb);
      await seedDemoLivingPhotos(txDb, storage, written);
      await seedDemoOutreach(txDb, { idsByKey, now });
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
  setup: ReviewSetup;
  unitId: number;
  actors: DemoActors;
  now: Date;
  replicatesId: string | null;
}

async function insertDemoNomination(db: Db, demo: DemoNomination, ctx: DemoContext): Promise<string> {
  const recordedInNewTree = demo.communeTree
    ? demo.communeTree === '2025'
    : demo.year === 2025 && SAME_CODE_AFTER_REFORM.has(demo.communeCode) && ctx.index % 2 === 0;
  // Mid-year, after the consent dates of the demo text; new-tree records after the reform took effect;
  // the next period's early in 2026, so that its history is over by now.
  const createdAt = demo.year >= 2026 ? day(demo.year, 40 + ctx.index) : day(demo.year, recordedInNewTree ? 190 + ctx.index : 150 + ctx.index * 4);
  const { id } = await insertNomination(db, {
    campaignId: ctx.campaignId,
    year: demo.year,
    communeTree: recordedInNewTree ? '2025' : '2024',
    communeCode: demo.communeCode,
    unitId: ctx.unitId,
    createdBy: ctx.actors.unit,
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

  const history = await replayDemoHistory(db, { id, demo, createdAt, actors: ctx.actors, setup: ctx.setup, now: ctx.now, seed: ctx.index });
  await db
    .update(nominations)
    .set({
      status: history.status,
      reviewLevel: history.level,
      version: history.version,
      updatedAt: history.at,
      noticeStartsAt: history.notice?.startsAt ?? null,
      noticeEndsAt: history.notice?.endsAt ?? null,
      ...history.stamps,
    })
    .where(eq(nominations.id, id));
  return id;
}
