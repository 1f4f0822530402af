import type { nominations } from '@/db/schema';

/** The fields of a proposed update (a new version) as the form posts them: the example's own, changed by `over`. */
export function updateProposal(row: typeof nominations.$inferSelect, over: Record<string, string> = {}) {
  return {
    title: row.title,
    summary: row.summary,
    story: row.story,
    householdsEscaped: String(row.householdsEscaped ?? ''),
    nearPoorHelped: String(row.nearPoorHelped ?? ''),
    beneficiaryHouseholds: String(row.beneficiaryHouseholds ?? ''),
    ethnicMinorityHouseholds: String(row.ethnicMinorityHouseholds ?? ''),
    jobsCreated: String(row.jobsCreated ?? ''),
    contributionVnd: String(row.contributionVnd ?? ''),
    startedYear: String(row.startedYear ?? ''),
    note: 'Bổ sung số liệu năm 2026',
    ...over,
  };
}
