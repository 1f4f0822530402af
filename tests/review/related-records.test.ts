import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertNomination, type NominationInsert } from '@/db/queries/nomination-drafts';
import { campaigns, units } from '@/db/schema';
import type { SessionUser } from '@/lib/domain/actor';
import { relatedRecordsForReview } from '@/lib/nominations/related-records';
import { addUser } from '../support/accounts';
import { createTestDatabase, queryRows, type TestDatabase } from '../support/database';

// New commune 2025:25220 took in old communes of two districts (688 and 698): a duplicate check there
// crosses a district line, and so crosses a district reviewer's scope.
const MERGED = '25220';

let database: TestDatabase;
let campaignId: number;
let unitId: number;
let inside: string;
let outside: string;
let reviewer: SessionUser;
let dongXoai: string;

const admin: SessionUser = { id: 'admin', name: 'Quản trị', email: 'a@x.vn', role: 'admin', unitId: null, unitName: null, scope: null };

async function add(n: Partial<NominationInsert> & Pick<NominationInsert, 'title' | 'nomineeName' | 'communeCode'>) {
  return insertNomination(database.db, {
    campaignId,
    year: 2024,
    communeTree: '2024',
    unitId,
    nomineeKind: 'household',
    field: 'production',
    status: 'submitted',
    ...n,
  });
}

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  campaignId = (await database.db.select({ id: campaigns.id }).from(campaigns))[0]!.id;
  unitId = (await database.db.select({ id: units.id }).from(units).where(eq(units.name, 'UBND xã Phú Nghĩa')))[0]!.id;
  const olds = await queryRows<{ code: string; district: string }>(
    database,
    `SELECT o.code, o.parent_code AS district FROM admin_unit_mappings m JOIN admin_units o ON o.tree = '2024' AND o.code = m.old_code
      WHERE m.new_code = '${MERGED}' AND o.level = 3 ORDER BY o.parent_code, o.code`,
  );
  const district = olds[0]!.district;
  inside = olds.find((o) => o.district === district)!.code;
  outside = olds.find((o) => o.district !== district)!.code;
  const id = await addUser(database.db, {
    email: 'tham-dinh-688@guongsang.test',
    name: 'Cán bộ thẩm định',
    role: 'reviewer',
    unitId: null,
    scope: { tree: '2024', code: district },
  });
  reviewer = {
    id,
    name: 'Cán bộ thẩm định',
    email: 'tham-dinh-688@guongsang.test',
    role: 'reviewer',
    unitId: null,
    unitName: null,
    scope: { tree: '2024', code: district },
  };
  dongXoai = (
    await queryRows<{ code: string }>(database, `SELECT code FROM admin_units WHERE tree = '2024' AND level = 3 AND parent_code = '689' ORDER BY code LIMIT 1`)
  )[0]!.code;
});
afterAll(() => database.dispose());

describe('records related to a nomination under review', () => {
  it('outside the reviewer’s area, show only what the public sees, and nothing of what is not public', async () => {
    const title = 'Hộ bà Thị Hoa nuôi dê sinh sản thoát nghèo';
    const target = await add({ title, nomineeName: 'Hộ bà Thị Hoa', communeCode: inside });
    const sameArea = await add({ title: `${title} năm 2023`, nomineeName: 'Hộ bà Thị Hoa', communeCode: inside, status: 'returned' });
    await add({ title: `${title} bền vững`, nomineeName: 'Hộ bà Thị Hoa (bản riêng tư)', communeCode: outside, status: 'submitted' });
    const published = await add({
      title: `${title} ở thôn 3`,
      nomineeName: 'Hộ bà Thị Hoa',
      communeCode: outside,
      status: 'approved',
      publishMode: 'anonymised',
      approvedAt: new Date(),
    });

    const seen = await relatedRecordsForReview(database.db, reviewer, { id: target.id, replicatesId: null });
    const text = JSON.stringify(seen);
    expect(text).not.toContain('bản riêng tư');
    expect(text).not.toContain('bền vững');
    expect(seen.duplicates).toHaveLength(2);
    expect(seen.duplicates.find((d) => d.href === `/review/${sameArea.id}`)).toMatchObject({
      title: `${title} năm 2023`,
      nomineeName: 'Hộ bà Thị Hoa',
      status: 'returned',
    });
    const outsider = seen.duplicates.find((d) => d.href === `/examples/${published.slug}`);
    expect(outsider).toMatchObject({ title: `${title} ở thôn 3`, status: 'approved', outsideScope: true });
    // Anonymised at the nominee's wish: no name, not even to a reviewer of another area.
    expect(outsider!.nomineeName).toBe('Hộ gia đình (ẩn danh theo nguyện vọng)');

    const adminView = await relatedRecordsForReview(database.db, admin, { id: target.id, replicatesId: null });
    expect(adminView.duplicates).toHaveLength(3);
    expect(JSON.stringify(adminView)).toContain('bản riêng tư');
  });

  it('shows the lineage of a model the same way: in the area in full, elsewhere only what is published', async () => {
    const origin = await add({ title: 'Tổ hợp tác nuôi bò Đồng Xoài (gốc)', nomineeName: 'Tổ hợp tác bò giống', communeCode: dongXoai, nomineeKind: 'model' });
    const target = await add({
      title: 'Nhân rộng tổ nuôi bò ở xã mới',
      nomineeName: 'Tổ bò giống',
      communeCode: inside,
      nomineeKind: 'model',
      replicatesId: origin.id,
    });
    await add({ title: 'Bản sao chưa công bố ở Đồng Xoài', nomineeName: 'Tổ riêng', communeCode: dongXoai, nomineeKind: 'model', replicatesId: target.id });
    const publicCopy = await add({
      title: 'Bản sao đã công bố ở Đồng Xoài',
      nomineeName: 'Tổ bò phường Tân Phú',
      communeCode: dongXoai,
      nomineeKind: 'model',
      replicatesId: target.id,
      status: 'approved',
      approvedAt: new Date(),
    });
    const ownCopy = await add({
      title: 'Bản sao trong địa bàn',
      nomineeName: 'Tổ bò thôn 5',
      communeCode: inside,
      nomineeKind: 'model',
      replicatesId: target.id,
      status: 'returned',
    });
    await add({ title: 'Bản nháp sao chép', nomineeName: 'Nháp', communeCode: inside, nomineeKind: 'model', replicatesId: target.id, status: 'draft' });

    const { lineage } = await relatedRecordsForReview(database.db, reviewer, { id: target.id, replicatesId: origin.id });
    expect(lineage.origin).toBeNull();
    expect(lineage.copies.map((c) => [c.title, c.href, c.outsideScope])).toEqual(
      expect.arrayContaining([
        ['Bản sao đã công bố ở Đồng Xoài', `/examples/${publicCopy.slug}`, true],
        ['Bản sao trong địa bàn', `/review/${ownCopy.id}`, false],
      ]),
    );
    expect(lineage.copies).toHaveLength(2);

    const adminView = await relatedRecordsForReview(database.db, admin, { id: target.id, replicatesId: origin.id });
    expect(adminView.lineage.origin).toMatchObject({ title: 'Tổ hợp tác nuôi bò Đồng Xoài (gốc)', href: `/review/${origin.id}` });
    expect(adminView.lineage.copies).toHaveLength(3);
  });
});
