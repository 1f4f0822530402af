import 'server-only';
import type { Db } from '@/db/client';
import { getAdminUnit } from '@/db/queries/admin-units';
import type { ReportAreaOption } from '@/db/queries/reports';
import type { SessionUser } from '@/lib/domain/actor';
import { areaOptionLabel } from '@/lib/reports/area-labels';
import { CASEBOOK_TEXT } from './messages';

export interface AreaChoice {
  value: string;
  label: string;
}

/**
 * The areas offered for a casebook: an admin's start with every area; a reviewer's with their own scope (a
 * commune reviewer has no province or district of their own to pick). The casebook itself is public, so the
 * choice only saves typing.
 */
export async function casebookAreaChoices(db: Db, user: SessionUser, areas: ReportAreaOption[]): Promise<AreaChoice[]> {
  const choices = areas.map((a) => ({ value: `${a.tree}:${a.code}`, label: areaOptionLabel(a) }));
  if (user.role === 'admin') return [{ value: '', label: CASEBOOK_TEXT.wholeArea }, ...choices];
  if (!user.scope) return choices;
  const own = `${user.scope.tree}:${user.scope.code}`;
  const unit = await getAdminUnit(db, user.scope);
  const label = unit ? areaOptionLabel({ tree: unit.tree, level: unit.level, name: unit.fullName }) : own;
  return [{ value: own, label }, ...choices.filter((c) => c.value !== own)];
}
