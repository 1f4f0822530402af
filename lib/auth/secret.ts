import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The key that signs session cookies. Production sets AUTH_SECRET; the zero-setup default keeps a
 * random key next to the embedded database so sessions survive restarts without configuration.
 */
export function authSecret(source: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = source.AUTH_SECRET?.trim();
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('AUTH_SECRET phải dài ít nhất 32 ký tự.');
    return fromEnv;
  }
  // Outside the build's file tracing: the key is created at run time, never shipped.
  const file = path.resolve(/*turbopackIgnore: true*/ source.AUTH_SECRET_FILE ?? './data/auth-secret');
  try {
    return readFileSync(/*turbopackIgnore: true*/ file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true });
  try {
    writeFileSync(/*turbopackIgnore: true*/ file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    // Another process created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(/*turbopackIgnore: true*/ file, 'utf8').trim();
}
