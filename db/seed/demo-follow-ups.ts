import { eq, sql } from 'drizzle-orm';
import type { ModelStatus } from '@/lib/domain/follow-ups';
import type { Db } from '../client';
import { DEMO_NOMINATIONS } from './demo-nominations';
import type { DemoUnitKey } from './demo-types';
import { exampleFollowUpReplications, exampleFollowUps, nominationEvents, nominations } from '../schema';

interface DemoFollowUp {
  year: number;
  modelStatus: ModelStatus;
  still: number;
  fell: number;
  fresh: number;
  note: string;
  /** Filed and still waiting for the district reviewer. */
  pending?: boolean;
  replicas?: string[];
}

// Honest figures: a household falls back now and then, and one model pauses after a bad harvest.
const DEMO_FOLLOW_UPS: Record<string, DemoFollowUp[]> = {
  'ngan-hang-bo-phu-nghia': [
    { year: 2023, modelStatus: 'active', still: 19, fell: 0, fresh: 4, note: 'Đàn bò đã sinh 11 bê; 4 hộ mới nhận bò luân chuyển.' },
    {
      year: 2024,
      modelStatus: 'expanded',
      still: 18,
      fell: 1,
      fresh: 6,
      note: 'Mô hình được xã Đa Kia học tập. Một hộ tái nghèo do chủ hộ ốm dài ngày.',
      replicas: ['ngan-hang-bo-da-kia'],
    },
    { year: 2025, modelStatus: 'expanded', still: 18, fell: 1, fresh: 5, note: 'Hộ tái nghèo năm trước được hỗ trợ vay vốn chăn nuôi.' },
  ],
  'to-tiet-kiem-vay-von-binh-giai': [
    { year: 2022, modelStatus: 'active', still: 12, fell: 0, fresh: 3, note: 'Tổ duy trì họp hằng tháng, dư nợ không quá hạn.' },
    { year: 2023, modelStatus: 'active', still: 11, fell: 1, fresh: 2, note: 'Một hộ tái nghèo sau khi mất mùa điều.' },
    { year: 2024, modelStatus: 'paused', still: 10, fell: 2, fresh: 0, note: 'Tổ tạm dừng giải ngân mới để thu hồi vốn sau mất mùa.' },
  ],
  'hop-tac-xa-dieu-duc-hanh': [
    { year: 2024, modelStatus: 'active', still: 17, fell: 0, fresh: 5, note: 'Hợp tác xã ký thêm hợp đồng bao tiêu với nhà máy chế biến.' },
    { year: 2025, modelStatus: 'expanded', still: 16, fell: 1, fresh: 8, note: 'Mở rộng thêm 20 ha điều ghép.', pending: true },
  ],
};

const at = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day, 2));

/**
 * Yearly follow-ups of a few approved demo examples, each filed by the unit in November and confirmed
 * by the district reviewer ten days later, written as the transition steps would have left them (the
 * history rows and the dossier's version). Every other old example is left without one: it shows the
 * "chưa cập nhật" flag. Only years already begun are written.
 */
export async function seedDemoFollowUps(
  db: Db,
  { idsByKey, unitUser, reviewerId, now }: { idsByKey: Map<string, string>; unitUser: Map<DemoUnitKey, string>; reviewerId: string; now: Date },
) {
  for (const [key, followUps] of Object.entries(DEMO_FOLLOW_UPS)) {
    const nominationId = idsByKey.get(key);
    if (!nominationId) continue;
    const demo = DEMO_NOMINATIONS.find((d) => d.key === key);
    const unitId = (demo && unitUser.get(demo.unit)) ?? null;
    let steps = 0;
    for (const f of followUps) {
      const filedAt = at(f.year, 11, 10);
      if (filedAt > now) continue;
      const confirmedAt = f.pending ? null : at(f.year, 11, 20);
      const figures = { year: f.year, modelStatus: f.modelStatus, householdsStillOut: f.still, householdsFellBack: f.fell, newHouseholds: f.fresh };
      const [filed] = await db
        .insert(nominationEvents)
        .values({
          nominationId,
          actorId: unitId,
          action: 'file_follow_up',
          fromStatus: 'approved',
          toStatus: 'approved',
          reviewLevel: 1,
          detail: { followUp: figures },
          createdAt: filedAt,
        })
        .returning({ id: nominationEvents.id });
      const [row] = await db
        .insert(exampleFollowUps)
        .values({
          nominationId,
          ...figures,
          note: f.note,
          state: confirmedAt ? 'confirmed' : 'filed',
          reportedBy: unitId,
          reportedAt: filedAt,
          filedEventId: filed!.id,
          confirmedBy: confirmedAt ? reviewerId : null,
          confirmedAt,
        })
        .returning({ id: exampleFollowUps.id });
      for (const replica of f.replicas ?? []) {
        const replicaId = idsByKey.get(replica);
        if (replicaId) await db.insert(exampleFollowUpReplications).values({ followUpId: row!.id, replicaId });
      }
      steps += 1;
      if (confirmedAt) {
        await db.insert(nominationEvents).values({
          nominationId,
          actorId: reviewerId,
          action: 'confirm_follow_up',
          fromStatus: 'approved',
          toStatus: 'approved',
          reviewLevel: 1,
          detail: { followUp: { id: row!.id, year: f.year } },
          createdAt: confirmedAt,
        });
        steps += 1;
      }
    }
    if (steps)
      await db
        .update(nominations)
        .set({ version: sql`${nominations.version} + ${steps}` })
        .where(eq(nominations.id, nominationId));
  }
}
