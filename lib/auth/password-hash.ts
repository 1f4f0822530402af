import 'server-only';
import { hash, verify } from '@node-rs/argon2';

// argon2id is the library's default algorithm (its enum is a const enum, unusable under isolatedModules);
// the costs are OWASP's baseline (19 MiB, 2 passes). @node-rs/argon2 hashes off the main thread.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize('NFC'));
  } catch {
    return false;
  }
}
