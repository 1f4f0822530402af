import { deflateSync } from 'node:zlib';

// Hand-written PDFs with true byte offsets, so the checker is tested on well-formed files.

export const streamObject = (dict: string, data: Buffer | string) => {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${bytes.length} >>\nstream\n`, 'latin1'), bytes, Buffer.from('\nendstream', 'latin1')]);
};

export const CONTENT = streamObject('', 'BT /F1 24 Tf 72 720 Td (Guong sang) Tj ET');

export interface SamplePdf {
  bytes: Buffer;
  offsets: number[];
}

/** Classic file: objects in the body, an `xref` table and a `trailer`. */
export function classicPdf(objects: (string | Buffer)[], trailerExtra = ''): SamplePdf {
  const head = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1');
  const chunks: Buffer[] = [head];
  const offsets: number[] = [];
  let length = head.length;
  const push = (chunk: Buffer) => {
    chunks.push(chunk);
    length += chunk.length;
  };
  objects.forEach((body, i) => {
    offsets.push(length);
    push(Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n')]));
  });
  const xref = length;
  const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  push(Buffer.from(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries}`, 'latin1'));
  push(Buffer.from(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`, 'latin1'));
  return { bytes: Buffer.concat(chunks), offsets };
}

export function onePagePdf(catalogExtra = '', pageExtra = '', trailerExtra = '', extraObjects: Buffer[] = []): SamplePdf {
  return classicPdf(
    [
      `<< /Type /Catalog /Pages 2 0 R${catalogExtra} >>`,
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R${pageExtra} >>`,
      CONTENT,
      ...extraObjects,
    ],
    trailerExtra,
  );
}

/**
 * PDF 1.5 style: catalog, page tree and page live in a compressed object stream (object 4)
 * and a cross-reference stream (object 5) replaces `xref`/`trailer`, as modern writers do.
 */
export function objectStreamPdf(catalogExtra = ''): Buffer {
  const inner = [
    `<< /Type /Catalog /Pages 2 0 R${catalogExtra} >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let header = '';
  let body = '';
  inner.forEach((object, i) => {
    header += `${i + 1} ${body.length} `;
    body += `${object}\n`;
  });
  const plain = Buffer.from(header + body, 'latin1');
  const objStm = streamObject(`/Type /ObjStm /N 3 /First ${header.length} /Filter /FlateDecode`, deflateSync(plain));
  const head = Buffer.from('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n', 'latin1');
  const objStmOffset = head.length;
  const obj4 = Buffer.concat([Buffer.from('4 0 obj\n'), objStm, Buffer.from('\nendobj\n')]);
  const xrefOffset = objStmOffset + obj4.length;
  const row = (type: number, field2: number, field3: number) => {
    const entry = Buffer.alloc(7);
    entry.writeUInt8(type, 0);
    entry.writeUInt32BE(field2, 1);
    entry.writeUInt16BE(field3, 5);
    return entry;
  };
  const table = Buffer.concat([row(0, 0, 65535), row(2, 4, 0), row(2, 4, 1), row(2, 4, 2), row(1, objStmOffset, 0), row(1, xrefOffset, 0)]);
  const xrefStream = streamObject('/Type /XRef /Size 6 /W [1 4 2] /Root 1 0 R', table);
  const obj5 = Buffer.concat([Buffer.from('5 0 obj\n'), xrefStream, Buffer.from('\nendobj\n')]);
  return Buffer.concat([head, obj4, obj5, Buffer.from(`startxref\n${xrefOffset}\n%%EOF\n`)]);
}
