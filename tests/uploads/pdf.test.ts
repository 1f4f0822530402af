import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_MAX_BYTES, UPLOAD_MESSAGES } from '@/lib/uploads/limits';
import { checkPdf } from '@/lib/uploads/pdf';
import { classicPdf, CONTENT, objectStreamPdf, onePagePdf, streamObject } from './pdf-samples';

const refusedWith = (bytes: Uint8Array, message: string) => expect(checkPdf(bytes)).toEqual({ ok: false, message });

describe('sample PDFs', () => {
  it('are well-formed: every xref offset points at its object', () => {
    const { bytes, offsets } = onePagePdf();
    const text = bytes.toString('latin1');
    offsets.forEach((offset, i) => expect(text.startsWith(`${i + 1} 0 obj`, offset)).toBe(true));
    const startxref = Number(/startxref\n(\d+)/.exec(text)?.[1]);
    expect(text.startsWith('xref', startxref)).toBe(true);
  });
});

describe('checkPdf accepts', () => {
  it('a plain one-page PDF, counting the page and hashing the bytes', () => {
    const { bytes } = onePagePdf();
    expect(checkPdf(bytes)).toEqual({ ok: true, pages: 1, sha256: createHash('sha256').update(bytes).digest('hex') });
  });

  it('counts /Page objects but not the /Pages tree', () => {
    const page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R >>';
    const { bytes } = classicPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>', page, page, CONTENT]);
    expect(checkPdf(bytes)).toMatchObject({ ok: true, pages: 2 });
  });

  it('pages kept in a compressed object stream with a cross-reference stream', () => {
    expect(checkPdf(objectStreamPdf())).toMatchObject({ ok: true, pages: 1 });
  });

  it('stream data that happens to contain /JS or /AA bytes', () => {
    const image = Buffer.concat([Buffer.from('\xff\xd8\xff garbage /JS (x) /AA << >> ', 'latin1'), Buffer.alloc(32, 7)]);
    const xobject = Buffer.concat([
      Buffer.from(`<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /Filter /DCTDecode /Length ${image.length} >>\nstream\n`, 'latin1'),
      image,
      Buffer.from('\nendstream'),
    ]);
    const { bytes } = classicPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R >>',
      xobject,
    ]);
    expect(checkPdf(bytes)).toMatchObject({ ok: true, pages: 1 });
  });
});

describe('checkPdf refuses', () => {
  it('an empty file and one over 20 MB', () => {
    refusedWith(new Uint8Array(0), UPLOAD_MESSAGES.empty);
    const big = Buffer.alloc(DOCUMENT_MAX_BYTES + 1, 0x20);
    big.write('%PDF-1.4\n', 0, 'latin1');
    refusedWith(big, UPLOAD_MESSAGES.pdfTooLarge);
  });

  it('a text or HTML file named .pdf', () => {
    refusedWith(Buffer.from('Biên bản họp thôn\n%%EOF\n'), UPLOAD_MESSAGES.notPdf);
    refusedWith(Buffer.from('<!doctype html><title>%PDF-1.4</title>'), UPLOAD_MESSAGES.notPdf);
  });

  it('a truncated PDF without %%EOF', () => {
    const { bytes } = onePagePdf();
    refusedWith(bytes.subarray(0, Math.floor(bytes.length / 2)), UPLOAD_MESSAGES.pdfCorrupt);
    refusedWith(bytes.subarray(0, bytes.lastIndexOf('%%EOF')), UPLOAD_MESSAGES.pdfCorrupt);
  });

  it('a header and %%EOF with nothing between', () => {
    refusedWith(Buffer.from('%PDF-1.7\nstartxref\n0\n%%EOF\n'), UPLOAD_MESSAGES.pdfCorrupt);
  });

  it('a well-formed file without a single page', () => {
    refusedWith(classicPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>']).bytes, UPLOAD_MESSAGES.pdfCorrupt);
  });

  it('JavaScript run on open', () => {
    refusedWith(onePagePdf(' /OpenAction << /S /JavaScript /JS (app.alert(1)) >>').bytes, UPLOAD_MESSAGES.pdfActive);
  });

  it('JavaScript spelled with #xx escapes in names', () => {
    const { bytes } = onePagePdf('', ' /Annots [<< /Type /Annot /Subtype /Link /Rect [0 0 9 9] /A << /S /J#61vaScript /J#53 (app.alert(1)) >> >>]');
    expect(bytes.toString('latin1')).not.toMatch(/\/JavaScript|\/JS\b/);
    refusedWith(bytes, UPLOAD_MESSAGES.pdfActive);
  });

  it('page additional actions, launch actions and embedded files', () => {
    refusedWith(onePagePdf('', ' /AA << /O << /S /URI /URI (https://example.com) >> >>').bytes, UPLOAD_MESSAGES.pdfActive);
    refusedWith(onePagePdf('', ' /A#41 << /O << /S /URI /URI (https://example.com) >> >>').bytes, UPLOAD_MESSAGES.pdfActive);
    refusedWith(onePagePdf('', ' /Annots [<< /A << /S /Launch /F (cmd.exe) >> >>]').bytes, UPLOAD_MESSAGES.pdfActive);
    refusedWith(onePagePdf(' /Names << /EmbeddedFiles 5 0 R >>').bytes, UPLOAD_MESSAGES.pdfActive);
  });

  it('JavaScript hidden inside a compressed object stream', () => {
    const bytes = objectStreamPdf(' /OpenAction << /S /JavaScript /JS (app.alert(1)) >>');
    expect(bytes.toString('latin1')).not.toContain('JavaScript');
    refusedWith(bytes, UPLOAD_MESSAGES.pdfActive);
  });

  it('an object stream it cannot decode, whose dictionaries it could not inspect', () => {
    const lzw = streamObject('/Type /ObjStm /N 1 /First 4 /Filter /LZWDecode', '5 0 << /Type /Catalog >>');
    refusedWith(onePagePdf('', '', '', [lzw]).bytes, UPLOAD_MESSAGES.pdfCorrupt);
  });

  it('an object stream that inflates without bound', () => {
    const bomb = streamObject('/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', deflateSync(Buffer.alloc(65 * 1024 * 1024, 0x20)));
    expect(bomb.length).toBeLessThan(200_000);
    refusedWith(onePagePdf('', '', '', [bomb]).bytes, UPLOAD_MESSAGES.pdfCorrupt);
  });

  it('an encrypted PDF', () => {
    refusedWith(onePagePdf('', '', ' /Encrypt 5 0 R /ID [<01> <01>]').bytes, UPLOAD_MESSAGES.pdfEncrypted);
  });
});
