import type { ModelStatus } from '@/lib/domain/follow-ups';

/** One confirmed follow-up as the public API and the open-data files give it. */
export interface ApiFollowUp {
  year: number;
  status: ModelStatus;
  householdsStillOut: number;
  householdsFellBack: number;
  newHouseholds: number;
  reportedAt: string;
}

export function toApiFollowUps(
  rows: readonly { year: number; status: ModelStatus; householdsStillOut: number; householdsFellBack: number; newHouseholds: number; reportedAt: Date }[],
): ApiFollowUp[] {
  return [...rows]
    .sort((a, b) => a.year - b.year)
    .map((f) => ({
      year: f.year,
      status: f.status,
      householdsStillOut: f.householdsStillOut,
      householdsFellBack: f.householdsFellBack,
      newHouseholds: f.newHouseholds,
      reportedAt: f.reportedAt.toISOString(),
    }));
}

/** The CSV cell: one "year:status:still/fell/new" per follow-up, oldest first, separated by spaces. */
export function followUpsCell(followUps: readonly ApiFollowUp[]): string {
  return followUps.map((f) => `${f.year}:${f.status}:${f.householdsStillOut}/${f.householdsFellBack}/${f.newHouseholds}`).join(' ');
}
