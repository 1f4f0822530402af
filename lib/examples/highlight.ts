import { foldVietnamese, nfc } from '@/lib/domain/fold';

export interface TextPart {
  text: string;
  match: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Splits text into parts, marking the places where any (folded) query word occurs. With `wholeWords`
 * only whole words count, as the registry's search matches them ("am" marks "ấm", not the end of "năm");
 * without it, any occurrence, as a type-ahead marks what has been typed so far.
 */
export function highlight(text: string, words: string[], { wholeWords = false } = {}): TextPart[] {
  const source = nfc(text);
  const useful = words.filter((w) => w.length >= 2);
  if (useful.length === 0) return [{ text: source, match: false }];
  const folded = foldVietnamese(source);
  const marks = new Array<boolean>(source.length).fill(false);
  for (const word of useful) {
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (wholeWords && (WORD_CHAR.test(folded[at - 1] ?? '') || WORD_CHAR.test(folded[end] ?? ''))) continue;
      for (let i = at; i < end; i++) marks[i] = true;
    }
  }
  const parts: TextPart[] = [];
  for (let i = 0; i < source.length; i++) {
    const last = parts[parts.length - 1];
    if (last && last.match === marks[i]) last.text += source[i];
    else parts.push({ text: source[i]!, match: marks[i]! });
  }
  return parts;
}
