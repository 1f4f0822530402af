import { z } from 'zod';

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL phải bắt đầu bằng postgres:// hoặc postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  PGLITE_DIR: z.string().trim().min(1).default('./data/pglite'),
  UPLOAD_DIR: z.string().trim().min(1).default('./data/uploads'),
  SITE_URL: z.string().trim().url().default('http://localhost:3000'),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Cấu hình môi trường không hợp lệ — ${detail}`);
  }
  return parsed.data;
}
