import { z } from 'zod';
import { hasControlChars } from '@/lib/domain/control-chars';
import { nfc } from '@/lib/domain/fold';

// The shipped files hold one JSON object per line inside a JSON array (see db/data/vn-admin/SOURCES.md).

const code = z.string().regex(/^\d{2,5}$/, 'mã phải là 2–5 chữ số');
const plain = (s: string) => !hasControlChars(s);
const NO_CONTROLS = 'có ký tự điều khiển';
const name = z.string().trim().min(1).max(200).refine(plain, NO_CONTROLS).transform(nfc);

export const adminUnitRecord = z.object({
  code,
  name,
  fullName: name,
  type: z.enum(['tỉnh', 'thành phố', 'quận', 'huyện', 'thị xã', 'xã', 'phường', 'thị trấn', 'đặc khu']),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  parentCode: code.nullable(),
});
export type AdminUnitRecord = z.infer<typeof adminUnitRecord>;

export const mappingRecord = z.object({
  oldCode: code.nullable(),
  oldName: z.string().refine(plain, NO_CONTROLS).nullable(),
  oldDistrictCode: code.nullable(),
  oldProvinceCode: code,
  newCode: code,
  newName: z.string().refine(plain, NO_CONTROLS),
  newProvinceCode: code,
  relation: z.enum(['full', 'partial', 'unchanged', 'renamed']),
  note: z.string().refine(plain, NO_CONTROLS).transform(nfc),
});
export type MappingRecord = z.infer<typeof mappingRecord>;

export class UnitsFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string,
  ) {
    super(`Tệp ${file}, dòng ${line}: ${detail}. Không có dữ liệu nào được ghi.`);
  }
}

/** Parses every line; the first bad one stops everything with its line number. */
export function parseLines<T>(text: string, file: string, schema: z.ZodType<T>): T[] {
  const rows: T[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim().replace(/,$/, '');
    if (line === '' || line === '[' || line === ']') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new UnitsFileError(file, index + 1, 'không phải JSON hợp lệ');
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new UnitsFileError(file, index + 1, `${issue?.path.join('.') || 'bản ghi'} — ${issue?.message ?? 'không hợp lệ'}`);
    }
    rows.push(parsed.data);
  });
  return rows;
}
