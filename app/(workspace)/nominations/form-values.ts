import type { NominationRow } from '@/db/queries/nomination-record';
import { NOMINATION_DRAFT_KEYS } from '@/lib/nominations/schema';

/** The stored nomination as the form's string values (what FormData would carry back). */
export function formValuesOf(n: NominationRow['nomination']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of NOMINATION_DRAFT_KEYS) {
    if (key === 'version') continue;
    const value = (n as Record<string, unknown>)[key];
    if (value === null || value === undefined) out[key] = '';
    else if (typeof value === 'boolean') out[key] = value ? 'yes' : 'no';
    else if (key === 'contributionVnd' && typeof value === 'number') out[key] = new Intl.NumberFormat('vi-VN').format(value);
    else out[key] = String(value);
  }
  return out;
}
