import 'server-only';
import { createHash } from 'node:crypto';
import { DOCUMENT_MAX_BYTES, UPLOAD_MESSAGES } from './limits';
import { decodeNames, NAME_END, readPdfText } from './pdf-text';

export type PdfResult = { ok: true; sha256: string; pages: number } | { ok: false; message: string };

const HEADER = /^%PDF-[12]\.\d/;
// Readers accept `%%EOF` anywhere in the last 1024 bytes, so trailing junk from mailers is fine.
const EOF_WINDOW = 1024;
const name = (pattern: string, flags?: string) => new RegExp(String.raw`/(?:${pattern})${NAME_END}`, flags);

/** Actions that run by themselves or run code, and files carried inside the PDF. */
const ACTIVE = name('JavaScript|JS|OpenAction|AA|Launch|EmbeddedFiles?|RichMedia|XFA');
/**
 * The long names are also searched in the raw bytes, stream data included: a stream boundary
 * faked inside a string could hide a dictionary from `readPdfText`, and names this long do not
 * turn up in compressed data by chance (unlike `/JS` or `/AA`).
 */
const ACTIVE_LONG = name('JavaScript|OpenAction|Launch|EmbeddedFiles?|RichMedia');
const ENCRYPT = name('Encrypt');
const XREF_STREAM = new RegExp(String.raw`/Type\s*/XRef${NAME_END}`);
const XREF_TABLE = /(?:^|\s)xref\s/;
const TRAILER = /(?:^|[\s>])trailer\s*<</;
const PAGE = new RegExp(String.raw`/Type\s*/Page${NAME_END}`, 'g');

const refuse = (message: string): PdfResult => ({ ok: false, message });

/**
 * Accepts only plain, passive PDFs. This is a screen, not a parser: it reads the file's own
 * syntax and the object streams (see `readPdfText`), and refuses whatever it cannot inspect.
 * Page counts may run high for files edited by incremental update (old page objects remain).
 */
export function checkPdf(bytes: Uint8Array): PdfResult {
  if (bytes.byteLength === 0) return refuse(UPLOAD_MESSAGES.empty);
  if (bytes.byteLength > DOCUMENT_MAX_BYTES) return refuse(UPLOAD_MESSAGES.pdfTooLarge);
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!HEADER.test(raw)) return refuse(UPLOAD_MESSAGES.notPdf);

  const tail = raw.slice(-EOF_WINDOW);
  if (!tail.includes('%%EOF') || !/startxref\s+\d+\s*%%EOF/.test(raw.slice(-EOF_WINDOW - 64))) {
    return refuse(UPLOAD_MESSAGES.pdfCorrupt);
  }

  const parts = readPdfText(raw);
  const body = decodeNames(parts.body);
  // Checked before the object streams, which an encrypted file's key makes unreadable anyway.
  if (ENCRYPT.test(body)) return refuse(UPLOAD_MESSAGES.pdfEncrypted);
  if (parts.truncated || parts.undecodable) return refuse(UPLOAD_MESSAGES.pdfCorrupt);

  const searchable = [body, ...parts.objectStreams.map(decodeNames)].join('\n');
  if (ACTIVE.test(searchable) || ACTIVE_LONG.test(decodeNames(raw))) return refuse(UPLOAD_MESSAGES.pdfActive);

  const hasXref = XREF_TABLE.test(body) || XREF_STREAM.test(body);
  const hasTrailer = TRAILER.test(body) || XREF_STREAM.test(body);
  const pages = searchable.match(PAGE)?.length ?? 0;
  if (!hasXref || !hasTrailer || pages === 0) return refuse(UPLOAD_MESSAGES.pdfCorrupt);

  return { ok: true, sha256: createHash('sha256').update(bytes).digest('hex'), pages };
}
