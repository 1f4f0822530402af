import { controlCharsMessage, hasControlChars } from '@/lib/domain/control-chars';
import { todayInVietnam } from '@/lib/domain/dates';
import { FOLLOW_UP_NOTE_MAX, MODEL_STATUSES, type ModelStatus } from '@/lib/domain/follow-ups';
import { isUuid } from '@/lib/domain/ids';

export interface FollowUpInput {
  year: number;
  modelStatus: ModelStatus;
  householdsStillOut: number;
  householdsFellBack: number;
  newHouseholds: number;
  note: string;
  replicaIds: string[];
}

export interface RawFollowUp {
  year?: unknown;
  modelStatus?: unknown;
  householdsStillOut?: unknown;
  householdsFellBack?: unknown;
  newHouseholds?: unknown;
  note?: unknown;
  replicaIds?: unknown;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string; fieldErrors: Record<string, string> };

const COUNT_LABELS = {
  householdsStillOut: 'Số hộ vẫn giữ được thoát nghèo',
  householdsFellBack: 'Số hộ tái nghèo',
  newHouseholds: 'Số hộ mới được giúp đỡ',
} as const;
type CountKey = keyof typeof COUNT_LABELS;

const MAX_COUNT = 1_000_000;
const MAX_REPLICAS = 20;
// The example picker posts a slug when the public API gave no id (components/nominations/example-lookup.ts).
const SLUG = /^[a-z0-9-]{1,200}$/;

function whole(raw: unknown, label: string): { value: number } | { error: string } {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.normalize('NFC').trim().replace(/[.\s]/g, '') : '';
  if (text === '') return { error: `Vui lòng nhập ${label.toLowerCase()} (ghi 0 nếu không có).` };
  if (!/^-?\d+$/.test(text)) return { error: `${label} phải là một số nguyên (đã nhập “${String(raw).slice(0, 20)}”).` };
  const value = Number(text);
  if (value < 0) return { error: `${label} không được là số âm (đã nhập ${value}).` };
  if (value > MAX_COUNT) return { error: `${label} quá lớn (đã nhập ${value}).` };
  return { value };
}

/**
 * The follow-up as typed, checked on its own: whole non-negative counts, a known model status, a year
 * not in the future (Vietnam time) and not before the example's own year, a short plain note.
 */
export function parseFollowUp(raw: RawFollowUp, { exampleYear, now }: { exampleYear: number; now: Date }): Checked<FollowUpInput> {
  const fieldErrors: Record<string, string> = {};
  const thisYear = Number(todayInVietnam(now).slice(0, 4));
  const yearText = typeof raw.year === 'number' ? String(raw.year) : typeof raw.year === 'string' ? raw.year.trim() : '';
  let year = 0;
  if (!/^\d{4}$/.test(yearText)) fieldErrors.year = 'Vui lòng nhập năm theo dõi (4 chữ số, ví dụ 2026).';
  else {
    year = Number(yearText);
    if (year > thisYear) fieldErrors.year = `Năm theo dõi ${year} chưa đến (năm nay là ${thisYear}): chỉ báo cáo cho năm đã qua hoặc năm nay.`;
    else if (year < exampleYear) fieldErrors.year = `Năm theo dõi ${year} trước năm của điển hình (${exampleYear}): hãy chọn từ năm ${exampleYear} trở đi.`;
  }
  const modelStatus = MODEL_STATUSES.find((s) => s === raw.modelStatus);
  if (!modelStatus) fieldErrors.modelStatus = 'Vui lòng chọn tình trạng của mô hình.';
  const counts = {} as Record<CountKey, number>;
  for (const key of Object.keys(COUNT_LABELS) as CountKey[]) {
    const parsed = whole(raw[key], COUNT_LABELS[key]);
    if ('error' in parsed) fieldErrors[key] = parsed.error;
    else counts[key] = parsed.value;
  }
  const note = typeof raw.note === 'string' ? raw.note.normalize('NFC').trim() : '';
  if (note.length > FOLLOW_UP_NOTE_MAX) fieldErrors.note = `Ghi chú không được dài quá ${FOLLOW_UP_NOTE_MAX} ký tự (đang có ${note.length}).`;
  else if (hasControlChars(note, { multiline: true })) fieldErrors.note = controlCharsMessage('Ghi chú');
  const ids = (Array.isArray(raw.replicaIds) ? raw.replicaIds : raw.replicaIds == null ? [] : [raw.replicaIds]).map(String).filter(Boolean);
  const replicaIds = [...new Set(ids)];
  if (replicaIds.some((id) => !isUuid(id) && !SLUG.test(id)) || replicaIds.length > MAX_REPLICAS)
    fieldErrors.replicaIds = 'Danh sách điển hình nhân rộng không hợp lệ.';
  const problems = Object.keys(fieldErrors).length;
  if (problems) return { ok: false, message: problems === 1 ? Object.values(fieldErrors)[0]! : 'Vui lòng kiểm tra các ô được đánh dấu.', fieldErrors };
  return { ok: true, value: { year, modelStatus: modelStatus!, ...counts, note, replicaIds } };
}

/**
 * The figures against the example: the households still out and those fallen back are among the ones
 * it counted out of poverty, so together they cannot exceed that count.
 */
export function figuresProblem(
  input: Pick<FollowUpInput, 'householdsStillOut' | 'householdsFellBack'>,
  householdsEscaped: number | null,
): Checked<null> | null {
  const { householdsStillOut: still, householdsFellBack: fell } = input;
  if (householdsEscaped == null) {
    if (still + fell === 0) return null;
    const message = `Hồ sơ điển hình chưa ghi số hộ thoát nghèo, nên không đối chiếu được ${still} hộ vẫn thoát nghèo và ${fell} hộ tái nghèo; hãy ghi 0 cho hai ô này hoặc đề nghị cập nhật hồ sơ trước.`;
    return { ok: false, message, fieldErrors: { householdsStillOut: message } };
  }
  if (still > householdsEscaped) {
    const message = `Số hộ vẫn giữ được thoát nghèo (${still}) nhiều hơn số hộ đã thoát nghèo được ghi nhận (${householdsEscaped}).`;
    return { ok: false, message, fieldErrors: { householdsStillOut: message } };
  }
  if (still + fell > householdsEscaped) {
    const message = `Số hộ vẫn thoát nghèo (${still}) cộng số hộ tái nghèo (${fell}) là ${still + fell}, nhiều hơn số hộ đã thoát nghèo được ghi nhận (${householdsEscaped}).`;
    return { ok: false, message, fieldErrors: { householdsFellBack: message } };
  }
  return null;
}
