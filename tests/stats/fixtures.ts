import { insertNomination } from '@/db/queries/nomination-drafts';
import { campaigns, units } from '@/db/schema';
import { queryRows, type TestDatabase } from '../support/database';

/** An older campaign than the demo's, so the demo's stays the default. */
export const OLD_CAMPAIGN = {
  slug: 'chung-tay-vi-nguoi-ngheo-2016-2020',
  name: 'Cả nước chung tay vì người nghèo giai đoạn 2016–2020',
  shortName: 'Chung tay vì người nghèo 2016–2020',
  startYear: 2016,
  endYear: 2020,
  /** Examples in the busiest commune; every other commune has one. */
  busiestCommuneCount: 3,
  /** 22 communes of old Đồng Nai and Phú Nghĩa. */
  communeCount: 23,
};

const DONG_NAI_COMMUNES = OLD_CAMPAIGN.communeCount - 1;

/**
 * Approved examples in 22 communes of old Đồng Nai (more than the chart shows) and two in old
 * Bình Phước (new Đồng Nai only), plus a draft that must never be counted, not even as a replicated model.
 */
export async function seedOldCampaign(database: TestDatabase) {
  const db = database.db;
  const [campaign] = await db
    .insert(campaigns)
    .values({
      slug: OLD_CAMPAIGN.slug,
      name: OLD_CAMPAIGN.name,
      shortName: OLD_CAMPAIGN.shortName,
      startYear: 2016,
      endYear: 2020,
      acceptingNominations: false,
    })
    .returning({ id: campaigns.id });
  const [unit] = await db.select({ id: units.id }).from(units).limit(1);
  const communes = await queryRows<{ code: string }>(
    database,
    `SELECT c.code FROM admin_units c JOIN admin_units d ON d.tree = '2024' AND d.code = c.parent_code
     WHERE c.tree = '2024' AND c.level = 3 AND d.parent_code = '75' ORDER BY c.code LIMIT ${DONG_NAI_COMMUNES}`,
  );
  if (communes.length < DONG_NAI_COMMUNES) throw new Error('old Đồng Nai communes missing');
  const places = [...Array<string>(OLD_CAMPAIGN.busiestCommuneCount - 1).fill(communes[0]!.code), ...communes.map((c) => c.code), '25267', '25267'];
  const base = { campaignId: campaign!.id, unitId: unit!.id, communeTree: '2024' as const, summary: '', story: '' };
  // Inserted first so that an approved example can claim to replicate it: that must not count.
  const draft = await insertNomination(db, {
    ...base,
    communeCode: communes[1]!.code,
    year: 2018,
    nomineeKind: 'model',
    field: 'jobs',
    title: 'Hồ sơ nháp không được đếm',
    nomineeName: 'Nháp',
    status: 'draft',
  });
  let firstId: string | null = null;
  for (const [i, communeCode] of places.entries()) {
    const { id } = await insertNomination(db, {
      ...base,
      communeCode,
      year: 2016 + (i % 5),
      nomineeKind: i % 3 === 0 ? 'model' : 'household',
      field: i % 2 === 0 ? 'credit' : 'production',
      title: `Điển hình thử nghiệm số ${i + 1}`,
      nomineeName: `Hộ thử nghiệm ${i + 1}`,
      householdsEscaped: i % 4 === 0 ? null : i,
      contributionVnd: 1_000_000 * i,
      status: 'approved',
      approvedAt: new Date(Date.UTC(2016 + (i % 5), 10, 1 + i)),
      // The first example is replicated twice; the fourth claims the draft as its model.
      replicatesId: i === 1 || i === 2 ? firstId : i === 3 ? draft.id : null,
    });
    firstId ??= id;
  }
}
