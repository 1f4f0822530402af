/** Unicode NFC, the form every stored text uses. */
export function nfc(value: string): string {
  return value.normalize('NFC');
}

/**
 * Folds one character to its accent-free, lower-case form. Vietnamese letters are single
 * NFC code points, so folding char by char keeps positions aligned with the original
 * (used by highlighting).
 */
function foldCharOnce(ch: string): string {
  if (ch === 'đ' || ch === 'Đ') return 'd';
  const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  // Anything that does not fold to one unit (emoji, symbols) becomes spaces of the same
  // UTF-16 length, so indexes into the folded text stay valid in the original.
  return base.length === 1 && ch.length === 1 ? base : ' '.repeat(ch.length);
}

// Vietnamese text uses a few hundred distinct characters: each is folded once per process, not once per
// occurrence (normalising and matching a regular expression per character was most of a search page's
// highlighting). Bounded, so a flood of unusual characters cannot grow it.
const FOLDED_KEPT = 4096;
const foldedChars = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = foldedChars.get(ch);
  if (folded === undefined) {
    folded = foldCharOnce(ch);
    if (foldedChars.size < FOLDED_KEPT) foldedChars.set(ch, folded);
  }
  return folded;
}

/** Accent- and case-insensitive form: "Đak Ơ" → "dak o"; same UTF-16 length as the NFC input. */
export function foldVietnamese(value: string): string {
  let out = '';
  for (const ch of nfc(value)) out += foldChar(ch);
  return out;
}

/** Folded words of a free-text query: punctuation and SQL-ish symbols become separators. */
export function queryWords(value: string, maxWords = 8): string[] {
  return foldVietnamese(value.slice(0, 200))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, maxWords);
}

/** Readable ASCII slug: "Mô hình “Ngân hàng bò”" → "mo-hinh-ngan-hang-bo". */
export function slugify(value: string, maxLength = 80): string {
  const slug = foldVietnamese(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '') || 'dien-hinh';
}

/** Vietnamese alphabetical order (Ă after A, Đ after D), for lists sorted in code. */
export const collator = new Intl.Collator('vi');
