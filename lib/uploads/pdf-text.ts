import 'server-only';
import { inflateSync } from 'node:zlib';

/** Matches the end of a PDF name: whitespace or a delimiter (ISO 32000-1, 7.2.2). */
export const NAME_END = String.raw`(?=[\s()<>\[\]{}/%]|$)`;

const STREAM_KEYWORD = /(?<![A-Za-z])stream(?:\r\n|\n|\r)/g;
const DIRECT_LENGTH = /\/Length\s+(\d+)(\s+\d+\s+R)?/;
const OBJECT_STREAM = new RegExp(String.raw`/Type\s*/ObjStm${NAME_END}`);
const FILTER = /\/Filter\s*(\[[^\]]{0,256}\]|\/[^\s()<>[\]{}/%]+)/;
// Object streams of a legitimate 20 MB file inflate to a few MB; the cap stops a deflate bomb.
const INFLATE_BUDGET = 64 * 1024 * 1024;
const DICT_LOOKBACK = 64 * 1024;

const DELIMITERS = new Set(Array.from('\0\t\n\f\r ()<>[]{}/%', (c) => c.charCodeAt(0)));
const isHex = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);

/**
 * `/J#61vaScript` is the same name as `/JavaScript`; decode escapes inside names so searches
 * see it. Written as a byte loop: a regex callback per escape took seconds on a 20 MB file.
 */
export function decodeNames(text: string): string {
  if (!text.includes('#')) return text;
  const out = Buffer.allocUnsafe(text.length);
  let length = 0;
  let inName = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2f) inName = true;
    else if (DELIMITERS.has(code)) inName = false;
    else if (code === 0x23 && inName && isHex(text.charCodeAt(i + 1)) && isHex(text.charCodeAt(i + 2))) {
      out[length++] = parseInt(text.slice(i + 1, i + 3), 16);
      i += 2;
      continue;
    }
    out[length++] = code;
  }
  return out.toString('latin1', 0, length);
}

export interface PdfText {
  /** Everything outside stream data: headers, dictionaries, xref tables, trailers. */
  body: string;
  /** Decompressed object streams, where PDF 1.5+ writers put most dictionaries. */
  objectStreams: string[];
  /** An object stream we could not decode; its dictionaries cannot be inspected. */
  undecodable: boolean;
  /** A stream without `endstream`: the file is cut short. */
  truncated: boolean;
}

/**
 * Splits a PDF (as a latin1 string) into the parts worth searching. Stream data is left out
 * because compressed bytes would match short names like `/JS` by chance; object streams are
 * inflated because they hold real dictionaries. Other compressed streams (page content, images,
 * fonts) are not opened: they cannot carry actions, and that is the limitation this accepts
 * instead of a full PDF parser dependency.
 */
export function readPdfText(text: string): PdfText {
  const result: PdfText = { body: '', objectStreams: [], undecodable: false, truncated: false };
  let position = 0;
  let budget = INFLATE_BUDGET;
  STREAM_KEYWORD.lastIndex = 0;
  for (let match = STREAM_KEYWORD.exec(text); match; match = STREAM_KEYWORD.exec(text)) {
    const dataStart = match.index + match[0].length;
    // Only look back as far as the previous stream, so a file full of `stream` keywords stays linear.
    const before = text.slice(Math.max(position, match.index - DICT_LOOKBACK), match.index);
    const dict = decodeNames(before.slice(Math.max(0, before.lastIndexOf('obj'))));
    const dataEnd = streamEnd(text, dataStart, dict);
    if (dataEnd < 0) {
      result.truncated = true;
      break;
    }
    result.body += text.slice(position, dataStart);
    position = dataEnd;
    STREAM_KEYWORD.lastIndex = dataEnd;
    if (!OBJECT_STREAM.test(dict)) continue;
    const decoded = decodeStream(dict, text.slice(dataStart, dataEnd), budget);
    if (decoded === null) {
      result.undecodable = true;
      continue;
    }
    budget -= decoded.length;
    result.objectStreams.push(decoded);
  }
  result.body += text.slice(position);
  return result;
}

/** Trusts a direct `/Length` when `endstream` really follows it, as readers do; else searches. */
function streamEnd(text: string, dataStart: number, dict: string): number {
  const length = DIRECT_LENGTH.exec(dict);
  if (length?.[1] && !length[2]) {
    const end = dataStart + Number(length[1]);
    if (/^\s*endstream/.test(text.slice(end, end + 64))) return end;
  }
  return text.indexOf('endstream', dataStart);
}

function decodeStream(dict: string, data: string, budget: number): string | null {
  const filters = FILTER.exec(dict)?.[1]?.match(/\/[^\s/\]]+/g) ?? [];
  if (filters.length === 0) return data;
  // Predictors and filter chains never appear on real object streams; refusing is safer than guessing.
  if (filters.length > 1 || !['/FlateDecode', '/Fl'].includes(filters[0] ?? '') || /\/Predictor/.test(dict)) return null;
  try {
    return inflateSync(Buffer.from(data, 'latin1'), { maxOutputLength: Math.max(budget, 1) }).toString('latin1');
  } catch {
    return null;
  }
}
