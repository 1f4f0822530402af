import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { DUPLICATE_REASON_LABELS, findPossibleDuplicates } from '@/db/queries/duplicates';
import { insertNomination, type NominationInsert } from '@/db/queries/nomination-drafts';
import { campaigns, nominations, units } from '@/db/schema';
import { DEMO_NOMINATIONS } from '@/db/seed/demo-nominations';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { stringContaining } from '../support/matchers';

let database: TestDatabase;
let campaignId: number;
let phuNghiaUnitId: number;
let womenUnitId: number;

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  const [campaign] = await database.db.select({ id: campaigns.id }).from(campaigns);
  campaignId = campaign!.id;
  phuNghiaUnitId = await unitIdOf('UBND xã Phú Nghĩa');
  womenUnitId = await unitIdOf('Hội Liên hiệp Phụ nữ huyện Bù Gia Mập');
});
afterAll(() => database.dispose());

async function unitIdOf(name: string): Promise<number> {
  const [row] = await database.db.select({ id: units.id }).from(units).where(eq(units.name, name));
  if (!row) throw new Error(`no unit ${name}`);
  return row.id;
}

function demo(key: string) {
  const found = DEMO_NOMINATIONS.find((n) => n.key === key);
  if (!found) throw new Error(`no demo ${key}`);
  return found;
}

async function demoId(key: string): Promise<string> {
  const [row] = await database.db
    .select({ id: nominations.id })
    .from(nominations)
    .where(eq(nominations.title, demo(key).title));
  if (!row) throw new Error(`demo ${key} not seeded`);
  return row.id;
}

async function add(n: Pick<NominationInsert, 'title' | 'nomineeName' | 'communeCode'> & Partial<NominationInsert>): Promise<string> {
  const { id } = await insertNomination(database.db, {
    campaignId,
    year: 2024,
    communeTree: '2024',
    unitId: phuNghiaUnitId,
    nomineeKind: 'model',
    field: 'production',
    status: 'submitted',
    ...n,
  });
  return id;
}

const duplicatesOf = (nominationId: string) => findPossibleDuplicates(database.db, { nominationId });
const PHU_NGHIA = '25267';

describe('possible duplicates of a nomination', () => {
  it('leaves different achievements of one commune apart (demo: two farmers’ clubs of Bình Thắng)', async () => {
    // The organic-cashew club and the cattle-bank club share "Câu lạc bộ nông dân thôn …" (similarity ≈ 0.48).
    const organicClub = await demoId('clb-dieu-huu-co-binh-loi');
    expect(demo('clb-dieu-huu-co-binh-loi').communeCode).toBe(demo('ngan-hang-bo-binh-thang').communeCode);
    expect(await duplicatesOf(organicClub)).toEqual([]);
  });

  it('reports a slightly reworded title in the same commune as a similar title', async () => {
    const original = demo('ngan-hang-bo-phu-nghia');
    const id = await add({
      title: 'Mô hình “Ngân hàng bò” giúp đỡ hộ nghèo tại xã Phú Nghĩa',
      nomineeName: 'Tổ luân chuyển bò giống xã Phú Nghĩa',
      communeCode: PHU_NGHIA,
    });
    const [match] = await duplicatesOf(id);
    expect(match?.id).toBe(await demoId('ngan-hang-bo-phu-nghia'));
    expect(match).toMatchObject({
      title: original.title,
      nomineeName: original.nomineeName,
      status: 'approved',
      year: original.year,
      reason: 'similar_title',
    });
    expect(match?.slug).toMatch(/^mo-hinh-ngan-hang-bo/);
    expect(match?.communeName).toContain('Phú Nghĩa');
    expect(match?.similarity).toBeGreaterThan(0.7);
    expect(match?.similarity).toBeLessThan(1);
    expect(DUPLICATE_REASON_LABELS[match!.reason]).toBe('Tiêu đề rất giống một hồ sơ trên cùng địa bàn');
  });

  it('reports the same nominee, written with other case, spacing or accents, under a different title', async () => {
    const id = await add({
      title: 'Nuôi ong lấy mật dưới tán điều ở bon Bù Dốt',
      nomineeName: '  HỘ ÔNG   điểu văn loc ',
      nomineeKind: 'household',
      communeCode: PHU_NGHIA,
    });
    const loc = await demoId('ho-dieu-van-loc-ghep-dieu');
    const matches = await duplicatesOf(id);
    expect(matches.map((m) => [m.id, m.reason])).toEqual([[loc, 'same_nominee']]);
    expect(matches[0]?.similarity).toBeLessThan(0.55);
    expect(DUPLICATE_REASON_LABELS.same_nominee).toBe('Cùng tên người/tập thể được giới thiệu trên cùng địa bàn');

    const unaccented = await add({ title: 'Trồng xen ca cao trong vườn điều', nomineeName: 'Ho ong Dieu Van Loc', communeCode: PHU_NGHIA });
    const again = await duplicatesOf(unaccented);
    expect(new Set(again.map((m) => m.id))).toEqual(new Set([loc, id]));
    expect(again.every((m) => m.reason === 'same_nominee')).toBe(true);
  });

  it('ignores a near-copy title in an unrelated commune', async () => {
    // Đak Ơ (25225) neither is Phú Nghĩa nor shares a commune with it after the reform.
    const id = await add({
      title: 'Mô hình “Ngân hàng bò” giúp đỡ hộ nghèo tại xã Phú Nghĩa',
      nomineeName: 'Ngân hàng bò xã Phú Nghĩa',
      communeCode: '25225',
    });
    expect(await duplicatesOf(id)).toEqual([]);
  });

  it('matches a new-tree record with the old communes its commune absorbed, both ways', async () => {
    // New Đa Kia (2025:25231) took in old Bình Thắng (2024:25234): neither tree nor code is equal.
    const binhThang = await demoId('ngan-hang-bo-binh-thang');
    const id = await add({
      title: '“Ngân hàng bò” của Câu lạc bộ nông dân thôn Bình Tân, xã Đa Kia',
      nomineeName: 'Câu lạc bộ nuôi bò thôn Bình Tân',
      communeTree: '2025',
      communeCode: '25231',
      year: 2025,
    });
    const [row] = await database.db
      .select({ tree: nominations.communeTree, current: nominations.currentCommuneCodes })
      .from(nominations)
      .where(eq(nominations.id, id));
    expect(row).toEqual({ tree: '2025', current: ['25231'] });

    const forward = await duplicatesOf(id);
    expect(forward.find((m) => m.id === binhThang)).toMatchObject({ reason: 'similar_title', communeName: stringContaining('Bình Thắng') });
    const backward = await duplicatesOf(binhThang);
    expect(backward.map((m) => m.id)).toContain(id);
  });

  it('leaves out drafts and never reports the nomination itself', async () => {
    const original = await demoId('ngan-hang-bo-phu-nghia');
    const draft = await add({
      title: 'Mô hình “Ngân hàng bò” giúp hộ nghèo xã Phú Nghĩa',
      nomineeName: 'Ngân hàng bò của Chi hội Phụ nữ xã Phú Nghĩa',
      communeCode: PHU_NGHIA,
      unitId: womenUnitId,
      status: 'draft',
    });
    const id = await add({
      title: 'Mô hình “Ngân hàng bò” giúp hộ nghèo xã Phú Nghĩa năm 2024',
      nomineeName: 'Mô hình bò giống luân chuyển',
      communeCode: PHU_NGHIA,
    });
    const ids = (await duplicatesOf(id)).map((m) => m.id);
    expect(ids).toContain(original);
    expect(ids).not.toContain(draft);
    expect(ids).not.toContain(id);

    // Once submitted, the same record counts: it was left out for being a draft alone.
    await database.db.update(nominations).set({ status: 'submitted' }).where(eq(nominations.id, draft));
    expect((await duplicatesOf(id)).map((m) => m.id)).toContain(draft);
    // Seen from the draft's side too, which is an exact copy of the original's title.
    const fromDraft = await duplicatesOf(draft);
    expect(fromDraft[0]).toMatchObject({ id: original, similarity: 1 });
    expect(fromDraft.map((m) => m.id)).not.toContain(draft);
  });

  it('returns at most five matches, most similar first', async () => {
    const base = demo('nuoc-sach-bon-bu-ren');
    const target = await add({ title: base.title, nomineeName: 'Tổ cấp nước bon Bù Rên', communeCode: base.communeCode });
    const suffixes = ['năm 2024', 'giai đoạn 2021–2025', 'của UBND xã', 'do bà con tự làm', 'giúp hộ nghèo có nước sạch', 'bền vững'];
    for (const [i, suffix] of suffixes.entries()) {
      await add({ title: `${base.title} ${suffix}`, nomineeName: `Tổ cấp nước số ${i + 1}`, communeCode: base.communeCode });
    }
    const matches = await duplicatesOf(target);
    expect(matches).toHaveLength(5);
    expect(matches[0]).toMatchObject({ title: base.title, similarity: 1 });
    const sims = matches.map((m) => m.similarity);
    expect(sims).toEqual([...sims].sort((a, b) => b - a));
  });

  it('gives nothing for an unknown or malformed id', async () => {
    expect(await duplicatesOf('00000000-0000-4000-8000-000000000000')).toEqual([]);
    expect(await duplicatesOf('not-a-uuid')).toEqual([]);
  });
});
