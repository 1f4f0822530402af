import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { insertNomination } from '@/db/queries/nomination-drafts';
import { campaigns, commendations, nominationEvents, nominations, units, users } from '@/db/schema';
import type { SessionUser } from '@/lib/domain/actor';
import type { AdminTree, NominationStatus } from '@/lib/domain/vocabulary';
import { addUser, PEOPLE } from '../support/accounts';

/**
 * The demo, plus a campaign of its own (2022–2024) holding nominations in every state for the
 * season report. The expected figures in the tests are worked out by hand from the list below.
 */
export const REPORT_CAMPAIGN = {
  slug: 'mua-bao-cao-thu-nghiem',
  name: 'Phong trào thử nghiệm “Mùa báo cáo” – Không để ai bị bỏ lại phía sau',
  shortName: 'Mùa báo cáo 2022–2024',
  startYear: 2022,
  endYear: 2024,
};
export const OLD_CAMPAIGN = { slug: 'phong-trao-cu-2016-2018', name: 'Phong trào cũ', shortName: 'Phong trào cũ', startYear: 2016, endYear: 2018 };

const HND = 'Hội Nông dân huyện Bù Gia Mập';
const UBND_PN = 'UBND xã Phú Nghĩa';
const DONG_XOAI = 'Phòng Nội vụ thành phố Đồng Xoài';

type Step = 'submit' | 'return' | 'withdraw' | 'approve' | 'reject' | 'unpublish';
const TO: Record<Step, NominationStatus> = {
  submit: 'submitted',
  return: 'returned',
  withdraw: 'draft',
  approve: 'approved',
  reject: 'rejected',
  unpublish: 'unpublished',
};

interface Seed {
  key: string;
  unit: string;
  commune: [AdminTree, string];
  year: number;
  history: Step[];
  commendations?: number;
  impact?: Partial<
    Record<'householdsEscaped' | 'nearPoorHelped' | 'beneficiaryHouseholds' | 'ethnicMinorityHouseholds' | 'jobsCreated' | 'contributionVnd', number>
  >;
}

const PN: [AdminTree, string] = ['2024', '25267'];
const DK_OLD: [AdminTree, string] = ['2024', '25231'];
const DK_NEW: [AdminTree, string] = ['2025', '25231'];
const TAN_PHU: [AdminTree, string] = ['2024', '25195']; // Đồng Xoài (689), outside Bù Gia Mập.

export const SEEDS: Seed[] = [
  {
    key: 'N1',
    unit: HND,
    commune: PN,
    year: 2023,
    history: ['submit', 'return', 'submit', 'approve'],
    commendations: 1,
    impact: { householdsEscaped: 10, nearPoorHelped: 5, beneficiaryHouseholds: 30, ethnicMinorityHouseholds: 12, jobsCreated: 8, contributionVnd: 150_000_000 },
  },
  {
    key: 'N2',
    unit: HND,
    commune: PN,
    year: 2023,
    history: ['submit', 'approve', 'unpublish'],
    impact: { householdsEscaped: 3, nearPoorHelped: 2, beneficiaryHouseholds: 7, jobsCreated: 1, contributionVnd: 20_000_000 },
  },
  { key: 'N3', unit: HND, commune: PN, year: 2023, history: ['submit'], impact: { householdsEscaped: 100, contributionVnd: 1_000_000 } },
  { key: 'N4', unit: HND, commune: PN, year: 2023, history: [], impact: { householdsEscaped: 999 } },
  { key: 'N5', unit: HND, commune: PN, year: 2023, history: ['submit', 'return', 'submit', 'withdraw'], impact: { householdsEscaped: 500 } },
  { key: 'N6', unit: UBND_PN, commune: DK_OLD, year: 2023, history: ['submit', 'return'], impact: { householdsEscaped: 40 } },
  { key: 'N7', unit: UBND_PN, commune: DK_OLD, year: 2023, history: ['submit', 'reject'], impact: { householdsEscaped: 50 } },
  {
    key: 'N8',
    unit: UBND_PN,
    commune: DK_OLD,
    year: 2023,
    history: ['submit', 'approve'],
    commendations: 2,
    impact: { householdsEscaped: 4, contributionVnd: 5_000_000_000 },
  },
  { key: 'N9', unit: HND, commune: DK_NEW, year: 2023, history: ['submit', 'approve'], impact: { householdsEscaped: 2, beneficiaryHouseholds: 2 } },
  {
    key: 'N10',
    unit: DONG_XOAI,
    commune: TAN_PHU,
    year: 2023,
    history: ['submit', 'approve'],
    commendations: 1,
    impact: { householdsEscaped: 7, jobsCreated: 3 },
  },
  // Another year of the same campaign: never in the 2023 report.
  { key: 'N11', unit: HND, commune: PN, year: 2022, history: ['submit', 'approve'], impact: { householdsEscaped: 1000 } },
];

export interface ReportWorld {
  campaignId: number;
  oldCampaignId: number;
  people: Record<'memberA' | 'memberB' | 'reviewerIn' | 'reviewerOut' | 'admin' | 'reviewerNew' | 'reviewerNoScope', SessionUser>;
}

export async function sessionUser(db: Db, email: string): Promise<SessionUser> {
  const [u] = await db.select().from(users).leftJoin(units, eq(units.id, users.unitId)).where(eq(users.email, email));
  if (!u) throw new Error(`no user ${email}`);
  const scope = u.users.scopeTree ? { tree: u.users.scopeTree, code: u.users.scopeCode! } : null;
  return {
    id: u.users.id,
    name: u.users.name,
    email,
    role: u.users.role,
    unitId: u.users.unitId,
    unitName: u.units?.name ?? null,
    scope,
  };
}

async function unitId(db: Db, name: string): Promise<number> {
  const [row] = await db.select({ id: units.id }).from(units).where(eq(units.name, name));
  if (!row) throw new Error(`no unit ${name}`);
  return row.id;
}

/** Builds the report world on a database holding the demo (createTestDatabase({ seeded: true })). */
export async function seedReportWorld(db: Db): Promise<ReportWorld> {
  // The demo's 2026–2030 campaign would be the newest; this world's own campaign must be, for the defaults.
  const [next] = await db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.startYear, 2026));
  if (next) {
    await db.delete(nominations).where(eq(nominations.campaignId, next.id));
    await db.delete(campaigns).where(eq(campaigns.id, next.id));
  }
  const [campaign] = await db.insert(campaigns).values(REPORT_CAMPAIGN).returning({ id: campaigns.id });
  const [old] = await db.insert(campaigns).values(OLD_CAMPAIGN).returning({ id: campaigns.id });
  for (const seed of SEEDS) {
    const status = seed.history.reduce<NominationStatus>((_, step) => TO[step], 'draft');
    const { id } = await insertNomination(db, {
      campaignId: campaign!.id,
      year: seed.year,
      communeTree: seed.commune[0],
      communeCode: seed.commune[1],
      unitId: await unitId(db, seed.unit),
      nomineeKind: 'collective',
      field: 'production',
      title: `Mô hình báo cáo ${seed.key}`,
      nomineeName: `Tổ hợp tác ${seed.key}`,
      status,
      ...seed.impact,
    });
    let from: NominationStatus = 'draft';
    for (const step of seed.history) {
      await db
        .insert(nominationEvents)
        .values({ nominationId: id, action: step, fromStatus: from, toStatus: TO[step], comment: step === 'return' ? 'Bổ sung xác nhận của xã.' : null });
      from = TO[step];
    }
    for (let i = 0; i < (seed.commendations ?? 0); i++) {
      await db
        .insert(commendations)
        .values({ nominationId: id, form: 'Giấy khen', issuer: 'UBND huyện', decisionNumber: `${seed.key}-${i}/QĐ-UBND`, decisionDate: '2023-12-20' });
    }
  }
  await addUser(db, { email: 'thamdinh.dongnai@guongsang.test', name: 'Võ Thị Ánh', role: 'reviewer', unitId: null, scope: { tree: '2025', code: '75' } });
  await addUser(db, { email: 'thamdinh.chuagiao@guongsang.test', name: 'Đỗ Văn Lực', role: 'reviewer', unitId: null });
  const people = {} as ReportWorld['people'];
  for (const [key, email] of Object.entries(PEOPLE)) people[key as keyof typeof PEOPLE] = await sessionUser(db, email);
  people.reviewerNew = await sessionUser(db, 'thamdinh.dongnai@guongsang.test');
  people.reviewerNoScope = await sessionUser(db, 'thamdinh.chuagiao@guongsang.test');
  return { campaignId: campaign!.id, oldCampaignId: old!.id, people };
}

/** Figures in METRIC_KEYS order, to compare with a row without repeating twelve names. */
export const FIGURE_ORDER = [
  'submitted',
  'returned',
  'approved',
  'rejected',
  'commended',
  'pending',
  'householdsEscaped',
  'nearPoorHelped',
  'beneficiaryHouseholds',
  'ethnicMinorityHouseholds',
  'jobsCreated',
  'contributionVnd',
] as const;

export function figures(values: number[]): Record<(typeof FIGURE_ORDER)[number], number> {
  return Object.fromEntries(FIGURE_ORDER.map((k, i) => [k, values[i]])) as Record<(typeof FIGURE_ORDER)[number], number>;
}
