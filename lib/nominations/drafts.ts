import 'server-only';
import type { Db } from '@/db/client';
import { getAdminUnit, listCommunePlaces } from '@/db/queries/admin-units';
import { getCampaign } from '@/db/queries/campaigns';
import { getPublishedExampleId } from '@/db/queries/example-detail';
import { findDraftByClientKey, insertDraft, updateDraftContent, type DraftContent } from '@/db/queries/nomination-drafts';
import { getNominationRow } from '@/db/queries/nomination-record';
import { fieldErrorsOf } from '@/lib/accounts/schemas';
import { AUTH_MESSAGES } from '@/lib/auth/messages';
import { canCreateNomination, canEditNomination, canViewUnitNomination } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/domain/actor';
import { isUuid } from '@/lib/domain/ids';
import { formatDateTime } from '@/lib/format';
import { campaignClosedReason, yearOutsideCampaign } from './campaign-window';
import { nominationDraftSchema, stripIrrelevantFields, type NominationDraft } from './schema';
import { getUnitNominationArea } from '@/db/queries/people';
import { isInNominationArea } from '@/lib/domain/nomination-area';
import type { AdminTree } from '@/lib/domain/vocabulary';

export const NOT_FOUND = 'Không tìm thấy hồ sơ này, hoặc hồ sơ không thuộc đơn vị của bạn.';
export const NOT_EDITABLE = 'Hồ sơ đang chờ thẩm định hoặc đã có quyết định nên không sửa được. Nếu cần sửa, hãy rút hồ sơ về trước khi được thẩm định.';
const CHECK_FIELDS = 'Vui lòng kiểm tra các ô được đánh dấu.';

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

type RequiredKey = 'campaignId' | 'year' | 'communeTree' | 'communeCode' | 'nomineeKind' | 'field' | 'title';
type Checked = { ok: true; values: Omit<Values, RequiredKey> & { [K in RequiredKey]: NonNullable<Values[K]> } };

/**
 * The replication picker may post the public slug of the replicated example; this looks it up once
 * and stores its id. An unknown slug stays as typed, which the schema then refuses.
 */
async function withReplicatedId(db: Db, raw: unknown): Promise<{ raw: unknown; published: boolean | null }> {
  if (typeof raw !== 'object' || raw === null) return { raw, published: null };
  const value = (raw as Record<string, unknown>).replicatesId;
  if (typeof value !== 'string' || value === '') return { raw, published: null };
  const id = await getPublishedExampleId(db, value);
  return { raw: id ? { ...raw, replicatesId: id } : raw, published: id !== null };
}

/** Parses the form and checks what needs the database: campaign open, year in range, commune exists and lies in the unit's area. */
async function validate(db: Db, unitId: number, input: unknown): Promise<Checked | { ok: false; message: string; fieldErrors: Record<string, string> }> {
  const { raw, published } = await withReplicatedId(db, input);
  const parsed = nominationDraftSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: CHECK_FIELDS, fieldErrors: fieldErrorsOf(parsed.error) };
  const { version: _version, ...values } = stripIrrelevantFields(parsed.data);
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
  if (values.communeCode && values.communeTree) {
    const commune = { tree: values.communeTree, code: values.communeCode };
    if (!(await getAdminUnit(db, commune))) errors.communeCode = 'Không tìm thấy xã, phường có mã này.';
    else {
      const outside = await outsideUnitArea(db, unitId, commune);
      if (outside) errors.communeCode = outside;
    }
  }
  if (values.replicatesId && published === false) errors.replicatesId = 'Chỉ chọn được điển hình đã được công nhận và đang công bố.';
  if (Object.keys(errors).length) return { ok: false, message: CHECK_FIELDS, fieldErrors: errors };
  return { ok: true, values: values as Checked['values'] };
}

/** Why this commune is outside the area the unit nominates in, or null when it is inside. */
async function outsideUnitArea(db: Db, unitId: number, commune: { tree: AdminTree; code: string }): Promise<string | null> {
  const area = await getUnitNominationArea(db, { unitId });
  if (!area) return 'Không tìm thấy đơn vị của bạn.';
  if (isInNominationArea(area, await listCommunePlaces(db, commune))) return null;
  const place = await getAdminUnit(db, { tree: area.tree, code: area.code });
  return `Đơn vị của bạn chỉ giới thiệu điển hình trên địa bàn ${place?.fullName ?? area.code}. Nếu cần giới thiệu ở nơi khác, hãy đề nghị quản trị viên mở rộng địa bàn của đơn vị.`;
}

/** Texts the form leaves empty are stored as '' (not null) where the column requires a value. */
function columns(values: Checked['values']): DraftContent & Checked['values'] {
  return {
    ...values,
    nomineeName: values.nomineeName ?? '',
    summary: values.summary ?? '',
    story: values.story ?? '',
    publishMode: values.publishMode ?? 'named',
  };
}

function saved(row: { id: string; version: number; updatedAt: Date }): DraftResult {
  return { ok: true, id: row.id, version: row.version, savedAt: row.updatedAt.toISOString() };
}

/** The first save of a new form. The form's key makes a repeated request return the same nomination. */
export async function createDraft(db: Db, actor: SessionUser, { raw, clientKey }: { raw: unknown; clientKey: string }): Promise<DraftResult> {
  if (!canCreateNomination(actor) || actor.unitId === null) return { ok: false, message: AUTH_MESSAGES.forbidden };
  const unitId = actor.unitId;
  if (!isUuid(clientKey)) return { ok: false, message: 'Biểu mẫu không hợp lệ, hãy tải lại trang.' };
  const existing = await findDraftByClientKey(db, { unitId, clientKey });
  if (existing) return saved(existing);
  const checked = await validate(db, unitId, raw);
  if (!checked.ok) return checked;
  try {
    return saved(await insertDraft(db, { ...columns(checked.values), unitId, createdBy: actor.id, updatedBy: actor.id, clientKey, status: 'draft' }));
  } catch (error) {
    // Two identical requests raced: the unique (unit, client key) index let one in; answer with it.
    const again = await findDraftByClientKey(db, { unitId, clientKey });
    if (again) return saved(again);
    throw error;
  }
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
  if (!facts || !canViewUnitNomination(actor, facts)) return { ok: false, message: NOT_FOUND, notFound: true };
  if (!canEditNomination(actor, facts)) return { ok: false, message: NOT_EDITABLE };
  const checked = await validate(db, facts.unitId, raw);
  if (!checked.ok) return checked;
  const row = await updateDraftContent(db, { id, expectedVersion, actorId: actor.id, values: columns(checked.values), current: facts });
  if (row) return saved({ id, ...row });
  return conflictResult(db, id);
}

/** What a late save learns: the draft moved on (saved elsewhere, by whom and when) or left the unit's hands. */
export async function conflictResult(db: Db, id: string): Promise<DraftResult> {
  const latest = await getNominationRow(db, id);
  if (!latest) return { ok: false, message: NOT_FOUND, notFound: true };
  return draftConflict(latest.nomination, latest.updatedByName);
}

export function draftConflict(n: { status: string; version: number; updatedAt: Date }, by: string | null): DraftResult {
  if (!['draft', 'returned'].includes(n.status)) return { ok: false, message: NOT_EDITABLE };
  return {
    ok: false,
    message: `Hồ sơ vừa được lưu ở nơi khác${by ? ` (bởi ${by})` : ''} lúc ${formatDateTime(n.updatedAt)}. Nội dung bạn đang nhập chưa được lưu và vẫn còn trên màn hình.`,
    conflict: { version: n.version, updatedAt: n.updatedAt.toISOString(), updatedBy: by },
  };
}
