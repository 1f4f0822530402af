import { z } from 'zod';
import { parseTrustedProxies } from './net/forwarding';

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
  /** Room for public pages in the page cache of `scripts/server.ts`, in megabytes; 0 turns it off. */
  PAGE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(32),
  /** Room for public data (query results) cached in each server process, in megabytes. */
  PUBLIC_DATA_CACHE_MB: z.coerce.number().int().min(1).max(4096).default(64),
  /** Longest a statement of the app may run, in milliseconds (PostgreSQL; 0 turns it off). Reports and exports have their own. */
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(5_000),
  /** Reverse proxies whose X-Forwarded-For is believed (addresses or CIDR ranges); none by default. */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .superRefine((text, ctx) => {
      const parsed = parseTrustedProxies(text);
      if (!parsed.ok) ctx.addIssue({ code: 'custom', message: `không phải địa chỉ IP hoặc dải CIDR: ${parsed.invalid.join(', ')}` });
    }),
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
