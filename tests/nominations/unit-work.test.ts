import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { attachments, campaigns, nominationEvents, nominations, units, users } from '@/db/schema';
import type { SessionUser } from '@/lib/domain/actor';
import { onePagePdf } from '../uploads/pdf-samples';
import { addAttachment, removeAttachment, updateAttachment } from '@/lib/nominations/attachments';
import { setUnitArea, unitAreaOptions } from '@/lib/accounts/unit-area';
import { createDraft, saveDraft } from '@/lib/nominations/drafts';
import { moveNomination } from '@/lib/nominations/unit-workflow';
import { createDiskStorage } from '@/lib/uploads/storage';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { PEOPLE } from '../support/accounts';
import { stringMatching, anyString } from '../support/matchers';

let database: TestDatabase;
let campaignId: number;
const uploadDir = mkdtempSync(join(tmpdir(), 'guongsang-work-'));
const storage = createDiskStorage(uploadDir);
const people: Record<string, SessionUser> = {};

async function person(email: string): Promise<SessionUser> {
  const [u] = await database.db.select().from(users).leftJoin(units, eq(units.id, users.unitId)).where(eq(users.email, email));
  const scope = u!.users.scopeTree ? { tree: u!.users.scopeTree as '2024', code: u!.users.scopeCode! } : null;
  return {
    id: u!.users.id,
    name: u!.users.name,
    email,
    role: u!.users.role,
    unitId: u!.users.unitId,
    unitName: u!.units?.name ?? null,
    scope,
  };
}

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  const [c] = await database.db.select({ id: campaigns.id }).from(campaigns);
  campaignId = c!.id;
  for (const [key, email] of Object.entries(PEOPLE)) people[key] = await person(email);
});
afterAll(() => database.dispose());

function form(over: Record<string, string> = {}): Record<string, string> {
  return {
    campaignId: String(campaignId),
    year: '2025',
    communeTree: '2024',
    communeCode: '25267',
    nomineeKind: 'household',
    field: 'production',
    title: 'Hộ bà Thị Hằng thoát nghèo nhờ nuôi heo rừng lai',
    ...over,
  };
}

const COMPLETE = {
  nomineeName: 'Hộ bà Thị Hằng',
  ethnicity: '22',
  summary: 'Từ hộ nghèo, gia đình bà Thị Hằng vươn lên nhờ nuôi heo rừng lai và chia sẻ con giống cho các hộ trong sóc.',
  story:
    'Năm 2021, gia đình bà Thị Hằng là hộ nghèo của sóc Bom Bo. '.repeat(6) +
    '\n\nNhờ vốn vay chính sách, bà mua 5 con heo rừng lai giống và học cách làm chuồng.',
  householdsEscaped: '3',
  beneficiaryHouseholds: '12',
  consentGiven: 'yes',
  consentGivenBy: 'Thị Hằng',
  consentDate: '2025-03-02',
  consentForm: 'signed_paper',
  publishMode: 'named',
};

async function jpeg(): Promise<Buffer> {
  return sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 120, g: 160, b: 90 } } })
    .jpeg()
    .toBuffer();
}

describe('a unit prepares a nomination', () => {
  let id: string;
  let version: number;
  const clientKey = randomUUID();

  it('creates a draft once, however often the same form is sent', async () => {
    const [first, second] = await Promise.all([
      createDraft(database.db, people.memberA!, { raw: form(), clientKey }),
      createDraft(database.db, people.memberA!, { raw: form(), clientKey }),
    ]);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.id).toBe(first.id);
    const rows = await database.db.select().from(nominations).where(eq(nominations.clientKey, clientKey));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.status).toBe('draft');
    expect(rows[0]!.districtCode).toBe('691');
    id = first.id;
    version = first.version;
  });

  it('keeps typed values out when invalid, with Vietnamese messages per field', async () => {
    const result = await saveDraft(database.db, people.memberA!, {
      id,
      raw: form({ summary: 'x'.repeat(501), contributionVnd: '-5', title: '' }),
      expectedVersion: version,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.summary).toMatch(/500 ký tự/);
    expect(result.fieldErrors?.contributionVnd).toMatch(/số nguyên không âm/);
    expect(result.fieldErrors?.title).toMatch(/tiêu đề/);
    const [row] = await database.db.select({ version: nominations.version }).from(nominations).where(eq(nominations.id, id));
    expect(row!.version).toBe(version);
  });

  it('another unit cannot see or change it: it does not exist for them', async () => {
    const result = await saveDraft(database.db, people.memberB!, { id, raw: form({ title: 'Chiếm' }), expectedVersion: version });
    expect(result).toMatchObject({ ok: false, notFound: true });
    const reviewer = await saveDraft(database.db, people.reviewerIn!, { id, raw: form(), expectedVersion: version });
    expect(reviewer.ok).toBe(false);
    const photo = await addAttachment(database.db, storage, people.memberB!, {
      nominationId: id,
      kind: 'photo',
      bytes: await jpeg(),
      originalName: 'a.jpg',
      caption: '',
      isPublic: true,
    });
    expect(photo).toMatchObject({ ok: false, notFound: true });
    const submit = await moveNomination(database.db, people.memberB!, { id, action: 'submit', expectedVersion: version });
    expect(submit).toMatchObject({ ok: false, notFound: true });
  });

  it('refuses a save over a version someone else saved, naming them, and changes nothing', async () => {
    const tabOne = await saveDraft(database.db, people.memberA!, { id, raw: form({ ...COMPLETE }), expectedVersion: version });
    expect(tabOne.ok).toBe(true);
    const tabTwo = await saveDraft(database.db, people.memberA!, { id, raw: form({ title: 'Bản cũ của tab thứ hai' }), expectedVersion: version });
    expect(tabTwo.ok).toBe(false);
    if (tabTwo.ok || !tabOne.ok) return;
    expect(tabTwo.conflict?.version).toBe(tabOne.version);
    expect(tabTwo.message).toMatch(/vừa được lưu ở nơi khác \(bởi Lê Văn Tâm\)/);
    const [row] = await database.db.select({ title: nominations.title }).from(nominations).where(eq(nominations.id, id));
    expect(row!.title).toBe(form().title);
    version = tabOne.version;
  });

  it('lists what is missing before it can be submitted', async () => {
    const result = await moveNomination(database.db, people.memberA!, { id, action: 'submit', expectedVersion: version });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems?.map((p) => p.message).join(' ')).toMatch(/ảnh được phép công bố/);
    const [row] = await database.db.select({ status: nominations.status }).from(nominations).where(eq(nominations.id, id));
    expect(row!.status).toBe('draft');
  });

  it('refuses a file that is not what it claims and stores nothing', async () => {
    const before = readdirSync(uploadDir, { recursive: true }).length;
    const html = await addAttachment(database.db, storage, people.memberA!, {
      nominationId: id,
      kind: 'photo',
      bytes: Buffer.from('<html><script>alert(1)</script></html>'),
      originalName: 'anh.jpg',
      caption: '',
      isPublic: true,
    });
    expect(html.ok).toBe(false);
    const pdf = await addAttachment(database.db, storage, people.memberA!, {
      nominationId: id,
      kind: 'document',
      bytes: Buffer.from('not a pdf at all'),
      originalName: 'bao-cao.pdf',
      caption: '',
      isPublic: false,
    });
    expect(pdf.ok).toBe(false);
    expect(readdirSync(uploadDir, { recursive: true }).length).toBe(before);
    expect(await database.db.select().from(attachments).where(eq(attachments.nominationId, id))).toHaveLength(0);
  });

  it('refuses a caption with invisible characters, and strips them from a file name', async () => {
    const before = readdirSync(uploadDir, { recursive: true }).length;
    const refused = await addAttachment(database.db, storage, people.memberA!, {
      nominationId: id,
      kind: 'photo',
      bytes: await jpeg(),
      originalName: 'anh.jpg',
      caption: 'Chuồng heo\u0085 mới',
      isPublic: true,
    });
    expect(refused).toMatchObject({ ok: false, message: /ký tự điều khiển/ });
    expect(readdirSync(uploadDir, { recursive: true }).length).toBe(before);
    const kept = await addAttachment(database.db, storage, people.memberA!, {
      nominationId: id,
      kind: 'document',
      bytes: onePagePdf().bytes,
      originalName: 'bao\u009b-cao\u0007.pdf',
      caption: 'Biên bản\r\nhọp thôn',
      isPublic: false,
    });
    expect(kept.ok).toBe(true);
    const [row] = await database.db.select().from(attachments).where(eq(attachments.nominationId, id));
    expect(row).toMatchObject({ originalName: 'bao-cao.pdf', caption: 'Biên bản họp thôn' });
    expect(await updateAttachment(database.db, people.memberA!, { attachmentId: row!.id, changes: { caption: 'Sửa\u0001' } })).toMatchObject({ ok: false });
    const [same] = await database.db.select().from(attachments).where(eq(attachments.id, row!.id));
    expect(same!.caption).toBe('Biên bản họp thôn');
    expect(await removeAttachment(database.db, storage, people.memberA!, { attachmentId: row!.id })).toMatchObject({ ok: true });
  });

  it('submits once with a public photo; a repeated submit changes nothing more', async () => {
    const photo = await addAttachment(database.db, storage, people.memberA!, {
      nominationId: id,
      kind: 'photo',
      bytes: await jpeg(),
      originalName: 'chuong-heo.jpg',
      caption: 'Chuồng heo của gia đình',
      isPublic: true,
    });
    expect(photo.ok).toBe(true);
    const first = await moveNomination(database.db, people.memberA!, { id, action: 'submit', expectedVersion: version });
    expect(first.ok).toBe(true);
    const again = await moveNomination(database.db, people.memberA!, { id, action: 'submit', expectedVersion: version });
    expect(again.ok).toBe(true);
    const events = await database.db
      .select()
      .from(nominationEvents)
      .where(and(eq(nominationEvents.nominationId, id), eq(nominationEvents.action, 'submit')));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ fromStatus: 'draft', toStatus: 'submitted', actorId: people.memberA!.id });
    if (first.ok) version = first.version;
  });

  it('a submitted nomination is read-only to the unit until withdrawn', async () => {
    const edit = await saveDraft(database.db, people.memberA!, { id, raw: form({ ...COMPLETE, title: 'Sửa sau khi gửi' }), expectedVersion: version });
    expect(edit.ok).toBe(false);
    const [photo] = await database.db.select({ id: attachments.id }).from(attachments).where(eq(attachments.nominationId, id));
    expect((await removeAttachment(database.db, storage, people.memberA!, { attachmentId: photo!.id })).ok).toBe(false);
    const withdrawn = await moveNomination(database.db, people.memberA!, { id, action: 'withdraw', expectedVersion: version });
    expect(withdrawn.ok).toBe(true);
    const [row] = await database.db.select({ status: nominations.status }).from(nominations).where(eq(nominations.id, id));
    expect(row!.status).toBe('draft');
    // Ordered by id: without ORDER BY the rows come in whatever order the heap holds them.
    const kinds = (
      await database.db
        .select({ action: nominationEvents.action })
        .from(nominationEvents)
        .where(eq(nominationEvents.nominationId, id))
        .orderBy(nominationEvents.id)
    ).map((e) => e.action);
    expect(kinds).toEqual(['create', 'submit', 'withdraw']);
  });

  it('refuses a closed campaign and an unpublished example as origin of replication', async () => {
    await database.db.update(campaigns).set({ submissionsCloseOn: '2020-01-01' }).where(eq(campaigns.id, campaignId));
    const closed = await createDraft(database.db, people.memberA!, { raw: form(), clientKey: randomUUID() });
    expect(!closed.ok && closed.fieldErrors?.campaignId).toMatch(/hết hạn nhận hồ sơ/);
    await database.db.update(campaigns).set({ submissionsCloseOn: null }).where(eq(campaigns.id, campaignId));
    const [draft] = await database.db.select({ id: nominations.id }).from(nominations).where(eq(nominations.status, 'rejected')).limit(1);
    const replication = await createDraft(database.db, people.memberA!, { raw: form({ replicatesId: draft!.id }), clientKey: randomUUID() });
    expect(!replication.ok && replication.fieldErrors?.replicatesId).toMatch(/đã được công nhận/);
  });
});

describe('the unit workspace list', () => {
  it('filters the unit’s own nominations by status, campaign and year', async () => {
    const { listUnitNominations, listUnitNominationFacets } = await import('@/db/queries/nomination-queues');
    const unitId = people.memberA!.unitId!;
    const all = await listUnitNominations(database.db, { unitId });
    const own = await database.db
      .select({ id: nominations.id, year: nominations.year, status: nominations.status })
      .from(nominations)
      .where(eq(nominations.unitId, unitId));
    expect(all.map((r) => r.id).sort()).toEqual(own.map((r) => r.id).sort());
    const y2025 = await listUnitNominations(database.db, { unitId, year: 2025, campaignId });
    expect(y2025.map((r) => r.id).sort()).toEqual(
      own
        .filter((r) => r.year === 2025)
        .map((r) => r.id)
        .sort(),
    );
    const drafts = await listUnitNominations(database.db, { unitId, status: 'draft' });
    expect(drafts.every((r) => r.status === 'draft')).toBe(true);
    expect(drafts.length).toBe(own.filter((r) => r.status === 'draft').length);
    const facets = await listUnitNominationFacets(database.db, { unitId });
    expect(facets.years).toEqual([...new Set(own.map((r) => r.year))].sort((a, b) => b - a));
  });
});

describe('where a unit may nominate', () => {
  const ctx = () => ({ actor: people.admin!, request: { ipAddress: '203.0.113.9', userAgent: 'vitest' } });

  it('a commune unit nominates only in its commune, in the old tree or the new commune it became part of', async () => {
    // Old Phú Nghĩa (25267) is now part of new Phú Nghĩa, which also took in Đức Hạnh (25228).
    for (const commune of [
      { communeTree: '2024', communeCode: '25267' },
      { communeTree: '2025', communeCode: '25267' },
      { communeTree: '2024', communeCode: '25228' },
    ]) {
      const ok = await createDraft(database.db, people.memberA!, { raw: form(commune), clientKey: randomUUID() });
      expect(ok).toMatchObject({ ok: true });
    }
    const before = await database.db.select({ id: nominations.id }).from(nominations);
    // Đa Kia (25231) is another commune of the same district.
    const elsewhere = await createDraft(database.db, people.memberA!, { raw: form({ communeCode: '25231' }), clientKey: randomUUID() });
    expect(elsewhere).toMatchObject({ ok: false, fieldErrors: { communeCode: stringMatching(/chỉ giới thiệu điển hình trên địa bàn Xã Phú Nghĩa/) } });
    expect(await database.db.select({ id: nominations.id }).from(nominations)).toHaveLength(before.length);
  });

  it('a district unit nominates in any commune of its district, never in the next district', async () => {
    expect(await createDraft(database.db, people.memberB!, { raw: form({ communeCode: '25231' }), clientKey: randomUUID() })).toMatchObject({ ok: true });
    // 25195 lies in Đồng Xoài (689).
    const next = await createDraft(database.db, people.memberB!, { raw: form({ communeCode: '25195' }), clientKey: randomUUID() });
    expect(next).toMatchObject({ ok: false, fieldErrors: { communeCode: stringMatching(/Bù Gia Mập/) } });
  });

  it('an existing draft cannot be moved out of the area either', async () => {
    const created = await createDraft(database.db, people.memberA!, { raw: form(), clientKey: randomUUID() });
    if (!created.ok) throw new Error(created.message);
    const moved = await saveDraft(database.db, people.memberA!, { id: created.id, raw: form({ communeCode: '25231' }), expectedVersion: created.version });
    expect(moved).toMatchObject({ ok: false, fieldErrors: { communeCode: anyString() } });
    const [row] = await database.db
      .select({ code: nominations.communeCode, version: nominations.version })
      .from(nominations)
      .where(eq(nominations.id, created.id));
    expect(row).toEqual({ code: '25267', version: created.version });
  });

  it('an admin widens a unit to its district (from the choices above it only), and the unit then nominates there', async () => {
    const unitId = people.memberA!.unitId!;
    const options = (await unitAreaOptions(database.db, { tree: '2024', code: '25267' })).map((o) => o.value);
    expect(options).toEqual(expect.arrayContaining(['2024:25267', '2024:691', '2024:70', '2025:25267', '2025:75']));
    expect(options).not.toContain('2024:689');
    expect(await setUnitArea(database.db, ctx(), { unitId, value: '2024:689' })).toMatchObject({ ok: false, fieldErrors: { area: anyString() } });
    expect(await setUnitArea(database.db, { ...ctx(), actor: people.reviewerIn! }, { unitId, value: '2024:691' })).toMatchObject({ ok: false });
    expect(await setUnitArea(database.db, ctx(), { unitId, value: '2024:691' })).toEqual({ ok: true, value: undefined });
    expect(await createDraft(database.db, people.memberA!, { raw: form({ communeCode: '25231' }), clientKey: randomUUID() })).toMatchObject({ ok: true });
    await setUnitArea(database.db, ctx(), { unitId, value: '2024:25267' });
    expect(await createDraft(database.db, people.memberA!, { raw: form({ communeCode: '25231' }), clientKey: randomUUID() })).toMatchObject({ ok: false });
  });
});
