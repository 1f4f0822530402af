import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { foldVietnamese } from '@/lib/domain/fold';

/** ASVS L2 (V2.1.1) minimum; length beats composition rules, so there are none. */
export const MIN_PASSWORD_LENGTH = 12;
/** Long enough for passphrases, short enough to bound hashing cost. */
export const MAX_PASSWORD_LENGTH = 128;

// Sources and licence: lib/auth/data/SOURCES.md.
const LIST_FILES = ['common-passwords.txt', 'common-passwords-vi.txt'];

let common: Set<string> | null = null;

// Read on first use, not at import, so pages that never check a password do not pay for it.
function commonPasswords(): Set<string> {
  if (common) return common;
  const set = new Set<string>();
  for (const file of LIST_FILES) {
    const text = fs.readFileSync(path.join(process.cwd(), 'lib', 'auth', 'data', file), 'utf8');
    for (const line of text.split('\n')) {
      const entry = line.trim().normalize('NFC').toLowerCase();
      if (entry) set.add(entry);
    }
  }
  common = set;
  return set;
}

/** Number of distinct entries in the combined list (for tests). */
export function commonPasswordCount(): number {
  return commonPasswords().size;
}

/** Drops everything but letters and digits, so "Mật Khẩu 123" matches "matkhau123". */
function compact(folded: string): string {
  return folded.replace(/[^\p{L}\p{N}]+/gu, '');
}

function isCommon(password: string): boolean {
  const list = commonPasswords();
  const lower = password.toLowerCase();
  const folded = foldVietnamese(password);
  const forms = [lower, folded, compact(folded)];
  // "iloveyou2025!" is as guessable as "iloveyou": attackers append digits and symbols
  // first. Bases under 4 letters are skipped so a short prefix alone cannot condemn it.
  for (const form of [folded, compact(folded)]) {
    const base = form.replace(/[^\p{L}]+$/u, '');
    if (base.length >= 4 && base !== form) forms.push(base);
  }
  return forms.some((form) => list.has(form));
}

/** Email name and its longer pieces: "an.nguyen92@x.vn" → "an.nguyen92", "annguyen92", "nguyen". */
function emailNames(email: string): string[] {
  const at = email.lastIndexOf('@');
  const local = foldVietnamese(at >= 0 ? email.slice(0, at) : email).trim();
  const names = new Set<string>();
  if (local.length >= 3) names.add(local);
  if (compact(local).length >= 3) names.add(compact(local));
  for (const piece of local.split(/[._\-+\d\s]+/)) if (piece.length >= 4) names.add(piece);
  return [...names];
}

function containsEmailName(password: string, email: string): boolean {
  const folded = foldVietnamese(password);
  const forms = [folded, compact(folded)];
  return emailNames(email).some((name) => forms.some((form) => form.includes(name)));
}

/** Vietnamese error for a password that breaks the policy, or null when it is acceptable. */
export function checkPassword(password: string, email: string): string | null {
  const value = password.normalize('NFC');
  // Code points, not UTF-16 units: an emoji is one character to the user.
  const length = [...value].length;
  if (length < MIN_PASSWORD_LENGTH) return `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`;
  if (length > MAX_PASSWORD_LENGTH) return `Mật khẩu không được dài quá ${MAX_PASSWORD_LENGTH} ký tự.`;
  if (isCommon(value)) return 'Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.';
  if (containsEmailName(value, email)) return 'Mật khẩu không được chứa tên trong địa chỉ email.';
  return null;
}
