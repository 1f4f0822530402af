import 'server-only';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the zero-setup key lives: at the top of the project, outside `data/`. `data/` holds the database
 * and the uploads, so it is what gets backed up, copied or handed over; the key that signs cookies must
 * not travel with it. Deployments set AUTH_SECRET (or AUTH_SECRET_FILE) instead.
 */
export const DEFAULT_SECRET_FILE = path.join('.secrets', 'auth-secret');
/** Where versions before issue 14 kept it: next to the embedded database. */
const LEGACY_SECRET_FILE = path.join('data', 'auth-secret');

function readKey(file: string): string | null {
  try {
    return readFileSync(/*turbopackIgnore: true*/ file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** A key an earlier version left in data/ moves out, so people signed in stay signed in. */
function moveLegacyKey(file: string, root: string): void {
  const legacy = path.resolve(/*turbopackIgnore: true*/ root, LEGACY_SECRET_FILE);
  if (!existsSync(/*turbopackIgnore: true*/ legacy) || existsSync(/*turbopackIgnore: true*/ file)) return;
  try {
    renameSync(/*turbopackIgnore: true*/ legacy, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Another process moved it first.
    if (code === 'ENOENT') return;
    if (code !== 'EXDEV') throw error;
    // data/ on another file system (a mounted volume): copy, then remove.
    writeFileSync(/*turbopackIgnore: true*/ file, readFileSync(/*turbopackIgnore: true*/ legacy), { flag: 'wx', mode: 0o600 });
    unlinkSync(/*turbopackIgnore: true*/ legacy);
  }
}

/**
 * The key that signs session cookies. Production sets AUTH_SECRET; the zero-setup default creates a random
 * key once (DEFAULT_SECRET_FILE) so sessions survive restarts without configuration.
 */
export function authSecret(source: NodeJS.ProcessEnv = process.env, root: string = process.cwd()): string {
  const fromEnv = source.AUTH_SECRET?.trim();
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('AUTH_SECRET phải dài ít nhất 32 ký tự.');
    return fromEnv;
  }
  // Outside the build's file tracing: the key is created at run time, never shipped.
  const file = path.resolve(/*turbopackIgnore: true*/ root, source.AUTH_SECRET_FILE ?? DEFAULT_SECRET_FILE);
  mkdirSync(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true, mode: 0o700 });
  if (!source.AUTH_SECRET_FILE) moveLegacyKey(file, root);
  const existing = readKey(file);
  if (existing) return existing;
  try {
    writeFileSync(/*turbopackIgnore: true*/ file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    // Another process created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readKey(file) ?? '';
}
