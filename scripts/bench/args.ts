import postgres from 'postgres';

/** Bench scripts never touch the app's own database unless told to. */
export const DEFAULT_BENCH_URL = 'postgres://postgres@127.0.0.1:5432/guongsang_bench';

export function benchDatabaseUrl(): string {
  return process.env.DATABASE_URL?.trim() || DEFAULT_BENCH_URL;
}

/** `--name value`, `--name=value` and bare `--flag`; the first occurrence wins. */
export function readFlag(argv: string[], name: string): string | boolean | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === `--${name}`) {
      const next = argv[i + 1];
      return next !== undefined && !next.startsWith('--') ? next : true;
    }
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}

export function hasFlag(argv: string[], name: string): boolean {
  return readFlag(argv, name) !== undefined;
}

/** A whole number flag within bounds, or a Vietnamese message saying what is wrong. */
export function readIntFlag(argv: string[], name: string, fallback: number, min: number, max: number): number {
  const raw = readFlag(argv, name);
  if (raw === undefined) return fallback;
  const value = typeof raw === 'string' && /^\d+$/.test(raw.replace(/[_.]/g, '')) ? Number(raw.replace(/[_.]/g, '')) : NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`--${name} phải là số nguyên từ ${min} đến ${max} (nhận được: ${String(raw)}).`);
  }
  return value;
}

/** "postgres://u:secret@host:5432/db" → "host:5432/db": safe to print. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    return '(địa chỉ không hợp lệ)';
  }
}

/** Creates the database named in the URL when the server does not have it yet. */
export async function ensureDatabaseExists(url: string): Promise<boolean> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Tên cơ sở dữ liệu không hợp lệ: ${name}`);
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const admin = postgres(maintenance.toString(), { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    const rows = await admin`SELECT 1 FROM pg_database WHERE datname = ${name}`;
    if (rows.length > 0) return false;
    await admin.unsafe(`CREATE DATABASE ${name}`);
    return true;
  } finally {
    await admin.end({ timeout: 5 });
  }
}
