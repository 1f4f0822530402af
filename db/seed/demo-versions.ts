import { eq } from 'drizzle-orm';
import { changedFields, pickVersioned, type VersionedValues } from '@/lib/domain/example-versions';
import type { Db } from '../client';
import { appendVersion, insertUpdate, recordSlugChange, slugForNewTitle } from '../queries/example-versions';
import { derivedNominationColumns } from '../queries/nomination-drafts';
import { exampleUpdates, exampleVersions, nominationEvents, nominations, users } from '../schema';
import { DEMO_NOMINATIONS } from './demo-nominations';

type Change = Partial<VersionedValues> & { at: string };

const STORY_SUFFIX = '(thêm đoạn cập nhật)';
const STORY_ADDITION =
  'Năm 2025, theo đề nghị của bà con thôn Bình Giai 2, tổ nhận thêm thành viên và mở buổi sinh hoạt định kỳ hằng tháng tại nhà văn hóa thôn. Các khoản vay mới vẫn được bình xét công khai, ưu tiên hộ nghèo và hộ mới thoát nghèo cần vốn để duy trì sản xuất.';

/** Living examples: corrected and extended after approval, through the same rows the applier writes. */
// Only texts change: titles and figures stay as the demo file has them, which other tests compare against.
const DEMO_UPDATES: { key: string; approved: Change[]; pending?: Partial<VersionedValues> }[] = [
  {
    key: 'to-tiet-kiem-vay-von-binh-giai',
    approved: [
      {
        at: '2024-03-12T03:00:00Z',
        summary:
          'Tổ tiết kiệm và vay vốn thôn Bình Giai đưa vốn chính sách đến tận hộ nghèo, kèm hướng dẫn làm ăn; đến đầu năm 2024, các hộ vay đều trả lãi đúng hạn.',
      },
      {
        at: '2025-09-20T03:00:00Z',
        story: STORY_SUFFIX,
      },
    ],
  },
  {
    key: 'to-hop-tac-cao-su-binh-ha',
    approved: [
      {
        at: '2025-02-18T03:00:00Z',
        summary: 'Tổ hợp tác cạo mủ cao su thôn Bình Hà 1 giữ việc làm ổn định cho lao động nghèo, nay nhận thêm lao động từ thôn Bình Hà 2.',
      },
    ],
  },
  { key: 'ngan-hang-bo-phu-nghia', approved: [], pending: { jobsCreated: 18 } },
];

export async function seedDemoVersions(db: Db): Promise<void> {
  const [reviewer] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'thamdinh@guongsang.test'));
  for (const plan of DEMO_UPDATES) {
    const demo = DEMO_NOMINATIONS.find((d) => d.key === plan.key);
    if (!demo) throw new Error(`no demo example ${plan.key}`);
    const [member] = await db
      .select({ id: users.id })
      .from(users)
      .innerJoin(nominations, eq(nominations.unitId, users.unitId))
      .where(eq(nominations.title, demo.title))
      .limit(1);
    const proposedBy = member?.id ?? null;
    for (const change of plan.approved) {
      const [row] = await db.select().from(nominations).where(eq(nominations.title, demo.title));
      if (!row) throw new Error(`demo example ${plan.key} not found`);
      await db.transaction(async (tx) => {
        const { at, ...fields } = change;
        const after = { ...pickVersioned(row), ...fields };
        // A paragraph added to the story as it stands, rather than a second copy of it.
        if (fields.story === STORY_SUFFIX) after.story = `${row.story}\n\n${STORY_ADDITION}`;
        const changed = changedFields(pickVersioned(row), after);
        const slug = await slugForNewTitle(tx, { nominationId: row.id, currentSlug: row.slug, oldTitle: row.title, newTitle: after.title });
        const derived = await derivedNominationColumns(tx, { ...row, ...after });
        const updateId = crypto.randomUUID();
        await insertUpdate(tx, { id: updateId, nominationId: row.id, fields: after, changed, baseVersion: 1, note: '', proposedBy });
        await tx
          .update(exampleUpdates)
          .set({ status: 'approved', decidedBy: reviewer!.id, decidedAt: new Date(at), proposedAt: new Date(Date.parse(at) - 5 * 86_400_000) })
          .where(eq(exampleUpdates.id, updateId));
        await tx
          .update(nominations)
          .set({ ...after, ...derived, slug, version: row.version + 1 })
          .where(eq(nominations.id, row.id));
        const n = await appendVersion(tx, { row, after, changed, updateId });
        await tx
          .update(exampleVersions)
          .set({ publishedAt: new Date(at) })
          .where(eq(exampleVersions.updateId, updateId));
        if (slug !== row.slug) await recordSlugChange(tx, { nominationId: row.id, oldSlug: row.slug, newSlug: slug });
        await tx.insert(nominationEvents).values({
          nominationId: row.id,
          actorId: reviewer!.id,
          action: 'approve_update',
          fromStatus: 'approved',
          toStatus: 'approved',
          reviewLevel: row.reviewLevel,
          detail: { updateId, changed, version: n },
          createdAt: new Date(at),
        });
      });
    }
    if (plan.pending) {
      const [row] = await db.select().from(nominations).where(eq(nominations.title, demo.title));
      if (!row) throw new Error(`demo example ${plan.key} not found`);
      const after = { ...pickVersioned(row), ...plan.pending };
      await insertUpdate(db, {
        id: crypto.randomUUID(),
        nominationId: row.id,
        fields: after,
        changed: changedFields(pickVersioned(row), after),
        baseVersion: 1,
        note: 'Bổ sung số việc làm năm 2026 theo báo cáo của tổ.',
        proposedBy,
      });
    }
  }
}
