import { z } from 'zod';

/** The database settings from the environment; lib/env.ts extends them with the rest of the app's. */
export const databaseEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL phải bắt đầu bằng postgres:// hoặc postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  PGLITE_DIR: z.string().trim().min(1).default('./data/pglite'),
  /** The embedded database's shared buffers in megabytes (db/client.ts says why the default is small). */
  PGLITE_SHARED_BUFFERS_MB: z.coerce.number().int().min(1).max(1024).default(16),
  /** Longest a statement of the app may run, in milliseconds (PostgreSQL; 0 turns it off). Reports and exports have their own. */
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(5_000),
});

/** Parses the environment with a schema, or stops with a Vietnamese message naming each bad variable (never its value). */
export function parseEnv<T extends z.ZodType>(schema: T, source: NodeJS.ProcessEnv): z.infer<T> {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Cấu hình môi trường không hợp lệ — ${detail}`);
  }
  return parsed.data;
}

export function readDatabaseEnv(source: NodeJS.ProcessEnv = process.env) {
  return parseEnv(databaseEnvSchema, source);
}
