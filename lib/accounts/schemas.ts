import { z } from 'zod';
import { ADMIN_TREES, ROLES, UNIT_KINDS } from '@/lib/domain/vocabulary';
import { CONTROL_CHARS_MESSAGE, hasControlChars } from '@/lib/domain/control-chars';

// Shared by forms and server code: imports nothing server-only.

const text = (max: number, required: string) =>
  z
    .string({ error: required })
    .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
    .pipe(
      z
        .string()
        .min(1, required)
        .max(max, `Không được dài quá ${max} ký tự.`)
        .refine((s) => !hasControlChars(s), `Nội dung ${CONTROL_CHARS_MESSAGE}`),
    );

export const emailField = z
  .string({ error: 'Vui lòng nhập email.' })
  .transform((s) => s.normalize('NFC').trim().toLowerCase())
  .pipe(z.string().min(1, 'Vui lòng nhập email.').max(254, 'Email quá dài.').email('Email không hợp lệ.'));

export const loginSchema = z.object({
  email: emailField,
  password: z.string({ error: 'Vui lòng nhập mật khẩu.' }).min(1, 'Vui lòng nhập mật khẩu.').max(256, 'Mật khẩu quá dài.'),
  next: z.string().max(500).optional(),
});

export const unitSchema = z.strictObject({
  name: text(200, 'Vui lòng nhập tên đơn vị.'),
  kind: z.enum(UNIT_KINDS, { error: 'Vui lòng chọn loại đơn vị.' }),
  adminUnitTree: z.enum(ADMIN_TREES, { error: 'Vui lòng chọn hệ địa giới.' }),
  adminUnitCode: z
    .string()
    .trim()
    .regex(/^\d{2,5}$/, 'Mã đơn vị hành chính gồm 2 đến 5 chữ số.'),
});
export type UnitInput = z.infer<typeof unitSchema>;

const optionalId = z
  .union([z.literal(''), z.coerce.number().int().positive()])
  .optional()
  .transform((v) => (v === '' || v === undefined ? null : v));

const membershipFields = {
  role: z.enum(ROLES, { error: 'Vui lòng chọn vai trò.' }),
  unitId: optionalId,
  scopeTree: z
    .union([z.literal(''), z.enum(ADMIN_TREES)])
    .optional()
    .transform((v) => v || null),
  scopeCode: z
    .union([
      z.literal(''),
      z
        .string()
        .trim()
        .regex(/^(\d{2}|\d{3}|\d{5})$/, 'Mã địa bàn là mã tỉnh (2 chữ số), mã huyện (3 chữ số) hoặc mã xã (5 chữ số).'),
    ])
    .optional()
    .transform((v) => v || null),
};

export const userSchema = z.strictObject({
  name: text(120, 'Vui lòng nhập họ và tên.'),
  email: emailField,
  ...membershipFields,
});
export type UserInput = z.infer<typeof userSchema>;

/** An HTML checkbox posts "on" when ticked and nothing otherwise. */
const checkbox = z
  .union([z.literal('on'), z.literal('true'), z.literal('1'), z.literal(''), z.literal('false')], { error: 'Giá trị không hợp lệ.' })
  .optional()
  .transform((v) => v === 'on' || v === 'true' || v === '1');

/** The admin's edit of an account: role, unit, review scope and whether they lead their level. */
export const userEditSchema = z.strictObject({ ...membershipFields, reviewLead: checkbox });
export type UserEditInput = z.infer<typeof userEditSchema>;

/**
 * The scope picker posts one choice, scopeArea: "tree:code" of a province or a district, or "commune" with
 * the commune picker's communeTree and communeCode. Answers the scopeTree and scopeCode the schemas read.
 */
export function scopeFromForm(values: { scopeArea?: string; communeTree?: string; communeCode?: string }): { scopeTree: string; scopeCode: string } {
  const area = (values.scopeArea ?? '').trim();
  if (area === 'commune') return { scopeTree: values.communeTree ?? '', scopeCode: values.communeCode ?? '' };
  const [tree = '', code = ''] = area.split(':');
  return { scopeTree: tree, scopeCode: code };
}

export const setPasswordSchema = z
  .object({
    password: z.string({ error: 'Vui lòng nhập mật khẩu mới.' }).max(256, 'Mật khẩu quá dài.'),
    confirm: z.string({ error: 'Vui lòng nhập lại mật khẩu mới.' }).max(256, 'Mật khẩu quá dài.'),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'Hai lần nhập mật khẩu mới không khớp.' });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: 'Vui lòng nhập mật khẩu hiện tại.' }).min(1, 'Vui lòng nhập mật khẩu hiện tại.').max(256),
    password: z.string({ error: 'Vui lòng nhập mật khẩu mới.' }).max(256, 'Mật khẩu quá dài.'),
    confirm: z.string({ error: 'Vui lòng nhập lại mật khẩu mới.' }).max(256, 'Mật khẩu quá dài.'),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'Hai lần nhập mật khẩu mới không khớp.' });

/** First message per field, the shape forms render under each input. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    out[key] ??= issue.message;
  }
  return out;
}
