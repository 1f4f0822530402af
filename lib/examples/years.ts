/** Years offered by filters: the campaigns' span, newest first. */
export function campaignYears(campaigns: { startYear: number; endYear: number }[]): number[] {
  const years = new Set<number>();
  for (const c of campaigns) for (let y = c.startYear; y <= c.endYear; y++) years.add(y);
  return [...years].sort((a, b) => b - a);
}
