import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { getAdminUnit } from '@/db/queries/admin-units';
import { derivedNominationColumns, insertNomination } from '@/db/queries/nominations-write';
import { getCampaign, getNominationRow, getPublishedExampleId } from '@/db/queries/unit-nomination';
import { nominationEvents, nominations } from '@/db/schema';
import { fieldErrorsOf } from '@/lib/accounts/schemas';
import { AUTH_MESSAGES } from '@/lib/auth/messages';
import { canCreateNomination, canEditNomination, canViewUnitNomination } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/domain/actor';
import type { NominationStatus } from '@/lib/domain/vocabulary';
import { formatDateTime } from '@/lib/format';
import { campaignClosedReason, yearOutsideCampaign } from './campaign-window';
import { nominationDraftSchema, stripIrrelevantFields, type NominationDraft } from './schema';

export const NOT_FOUND = 'Không tìm thấy hồ sơ này, hoặc hồ sơ không thuộc đơn vị của bạn.';
export const NOT_EDITABLE = 'Hồ sơ đang chờ thẩm định hoặc đã có quyết định nên không sửa được. Nếu cần sửa, hãy rút hồ sơ về trước khi được thẩm định.';

export interface Conflict {
  version: number;
  updatedAt: string;
  updatedBy: string | null;
}

export type DraftResult =
  | { ok: true; id: string; version: number; savedAt: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string>; conflict?: Conflict; notFound?: boolean };

type Values = Omit<NominationDraft, 'version'>;

const REQUIRED_TO_SAVE: [keyof Values, string][] = [
  ['campaignId', 'Vui lòng chọn đợt thi đua.'],
  ['year', 'Vui lòng chọn năm.'],
  ['communeCode', 'Vui lòng chọn xã, phường.'],
  ['nomineeKind', 'Vui lòng chọn loại điển hình.'],
  ['field', 'Vui lòng chọn lĩnh vực.'],
  ['title', 'Vui lòng nhập tên điển hình (tiêu đề).'],
];

/** Parses the form and checks what needs the database: campaign open, year in range, commune exists. */
async function validate(
  db: Db,
  raw: unknown,
): Promise<{ ok: true; values: Values; version?: number } | { ok: false; message: string; fieldErrors: Record<string, string> }> {
  const parsed = nominationDraftSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: 'Vui lòng kiểm tra các ô được đánh dấu.', fieldErrors: fieldErrorsOf(parsed.error) };
  const { version, ...values } = stripIrrelevantFields(parsed.data) as NominationDraft;
  const errors: Record<string, string> = {};
  for (const [key, message] of REQUIRED_TO_SAVE) if (values[key] == null || values[key] === '') errors[String(key)] = message;
  if (values.campaignId != null) {
    const campaign = await getCampaign(db, values.campaignId);
    if (!campaign) errors.campaignId = 'Đợt thi đua không tồn tại.';
    else {
      const closed = campaignClosedReason(campaign);
      if (closed) errors.campaignId = closed;
      const outside = values.year != null ? yearOutsideCampaign(values.year, campaign) : null;
      if (outside) errors.year = outside;
    }
  }
  if (values.communeCode && values.communeTree && !(await getAdminUnit(db, { tree: values.communeTree, code: values.communeCode }))) {
    errors.communeCode = 'Không tìm thấy xã, phường có mã này.';
  }
  if (values.replicatesId && !(await getPublishedExampleId(db, values.replicatesId))) {
    errors.replicatesId = 'Chỉ chọn được điển hình đã được công nhận và đang công bố.';
  }
  if (Object.keys(errors).length) return { ok: false, message: 'Vui lòng kiểm tra các ô được đánh dấu.', fieldErrors: errors };
  return { ok: true, values, version: version ?? undefined };
}

function columns(values: Values) {
  return {
    ...values,
    nomineeName: values.nomineeName ?? '',
    summary: values.summary ?? '',
    story: values.story ?? '',
    publishMode: values.publishMode ?? 'named',
  } as Values & { nomineeName: string; summary: string; story: string; publishMode: string };
}

/** The first save of a new form. The form's key makes a repeated request return the same nomination. */
export async function createDraft(db: Db, actor: SessionUser, { raw, clientKey }: { raw: unknown; clientKey: string }): Promise<DraftResult> {
  if (!canCreateNomination(actor)) return { ok: false, message: AUTH_MESSAGES.forbidden };
  if (!/^[0-9a-f-]{36}$/i.test(clientKey)) return { ok: false, message: 'Biểu mẫu không hợp lệ, hãy tải lại trang.' };
  const existing = await findByClientKey(db, actor.unitId!, clientKey);
  if (existing) return { ok: true, id: existing.id, version: existing.version, savedAt: existing.updatedAt.toISOString() };
  const checked = await validate(db, raw);
  if (!checked.ok) return checked;
  try {
    return await db.transaction(async (tx) => {
      const row = await insertNomination(tx, {
        ...columns(checked.values),
        communeTree: checked.values.communeTree!,
        communeCode: checked.values.communeCode!,
        campaignId: checked.values.campaignId!,
        year: checked.values.year!,
        nomineeKind: checked.values.nomineeKind!,
        field: checked.values.field!,
        title: checked.values.title!,
        unitId: actor.unitId!,
        createdBy: actor.id,
        updatedBy: actor.id,
        clientKey,
        status: 'draft',
      });
      await tx.insert(nominationEvents).values({ nominationId: row.id, actorId: actor.id, action: 'create', fromStatus: null, toStatus: 'draft' });
      const [saved] = await tx.select({ version: nominations.version, updatedAt: nominations.updatedAt }).from(nominations).where(eq(nominations.id, row.id));
      return { ok: true as const, id: row.id, version: saved!.version, savedAt: saved!.updatedAt.toISOString() };
    });
  } catch (error) {
    // Two identical requests raced: the unique (unit, client key) index let one in; answer with it.
    const again = await findByClientKey(db, actor.unitId!, clientKey);
    if (again) return { ok: true, id: again.id, version: again.version, savedAt: again.updatedAt.toISOString() };
    throw error;
  }
}

async function findByClientKey(db: Db, unitId: number, clientKey: string) {
  const [row] = await db
    .select({ id: nominations.id, version: nominations.version, updatedAt: nominations.updatedAt })
    .from(nominations)
    .where(and(eq(nominations.unitId, unitId), eq(nominations.clientKey, clientKey)));
  return row ?? null;
}

/**
 * Saves over the version the form was loaded with. If someone (another tab, a colleague) saved in
 * between, nothing is written and the caller learns who and when, to decide what to keep.
 */
export async function saveDraft(
  db: Db,
  actor: SessionUser,
  { id, raw, expectedVersion }: { id: string; raw: unknown; expectedVersion: number },
): Promise<DraftResult> {
  const current = await getNominationRow(db, id);
  const facts = current?.nomination;
  if (!facts || !canViewUnitNomination(actor, { ...facts, status: facts.status as NominationStatus })) return { ok: false, message: NOT_FOUND, notFound: true };
  if (!canEditNomination(actor, { ...facts, status: facts.status as NominationStatus })) return { ok: false, message: NOT_EDITABLE };
  const checked = await validate(db, raw);
  if (!checked.ok) return checked;
  const values = columns(checked.values);
  const derived = await derivedNominationColumns(db, { ...facts, ...values, communeTree: values.communeTree!, communeCode: values.communeCode! } as Parameters<
    typeof derivedNominationColumns
  >[1]);
  const [saved] = await db
    .update(nominations)
    .set({ ...values, ...derived, version: sql`${nominations.version} + 1`, updatedAt: sql`now()`, updatedBy: actor.id } as unknown as Partial<
      typeof nominations.$inferInsert
    >)
    .where(and(eq(nominations.id, id), eq(nominations.version, expectedVersion), inArray(nominations.status, ['draft', 'returned'])))
    .returning({ version: nominations.version, updatedAt: nominations.updatedAt });
  if (saved) return { ok: true, id, version: saved.version, savedAt: saved.updatedAt.toISOString() };
  return conflictResult(db, id);
}

export async function conflictResult(db: Db, id: string): Promise<DraftResult> {
  const latest = await getNominationRow(db, id);
  if (!latest) return { ok: false, message: NOT_FOUND, notFound: true };
  const n = latest.nomination;
  if (!['draft', 'returned'].includes(n.status)) return { ok: false, message: NOT_EDITABLE };
  const by = latest.updatedByName;
  return {
    ok: false,
    message: `Hồ sơ vừa được lưu ở nơi khác${by ? ` (bởi ${by})` : ''} lúc ${formatDateTime(n.updatedAt)}. Nội dung bạn đang nhập chưa được lưu và vẫn còn trên màn hình.`,
    conflict: { version: n.version, updatedAt: n.updatedAt.toISOString(), updatedBy: by },
  };
}
