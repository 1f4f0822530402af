import 'server-only';
import PDFDocument from 'pdfkit';
import { registerVietnameseFonts } from '@/lib/pdf/fonts';
import type { WaitForRoom } from './write';

export interface PdfStreamHooks {
  /** Every chunk, as it is handed to the reader (e.g. to keep a copy on disk). */
  chunk?: (bytes: Buffer) => void;
  /** Once, before the stream closes: `complete` is false when the reader went away or writing failed. */
  finished?: (complete: boolean) => Promise<void>;
  /** Whether writing is held back, waiting for the reader to take what is queued. */
  waiting?: (held: boolean) => void;
}

/** What the reader may have waiting before writing pauses: a page or two of a casebook. */
const QUEUE_BYTES = 512 * 1024;

/**
 * A PDF written by `write` as a web stream. pdfkit pushes bytes as pages are finished; `write` calls the
 * room check between pages, which waits while the reader has `queueBytes` unread, so a slow download holds
 * the writer back instead of piling the book up in memory. A cancelled download stops the writing.
 */
export function pdfStream(
  info: { title: string; author: string },
  write: (doc: PDFKit.PDFDocument, waitForRoom: WaitForRoom) => Promise<unknown>,
  hooks: PdfStreamHooks = {},
  queueBytes = QUEUE_BYTES,
): ReadableStream<Uint8Array> {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let cancelled = false;
  let wake: (() => void) | null = null;
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, compress: true, info: { Title: info.title, Author: info.author }, lang: 'vi-VN' });
  registerVietnameseFonts(doc);
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.on('data', (chunk: Buffer) => {
    if (cancelled) return;
    hooks.chunk?.(chunk);
    controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  });

  const waitForRoom: WaitForRoom = async () => {
    // pdfkit hands its bytes over on a later turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    while (!cancelled && (controller.desiredSize ?? 0) <= 0) {
      hooks.waiting?.(true);
      await new Promise<void>((resolve) => (wake = resolve));
      hooks.waiting?.(false);
    }
    return !cancelled;
  };
  const wakeWriter = () => {
    const resume = wake;
    wake = null;
    resume?.();
  };

  async function run(): Promise<void> {
    let complete = false;
    try {
      await write(doc, waitForRoom);
      if (!cancelled) {
        doc.end();
        await ended;
        complete = true;
      }
    } catch (error) {
      if (!cancelled) controller.error(error);
      cancelled = true;
    }
    await hooks.finished?.(complete).catch(() => undefined);
    if (complete) controller.close();
  }

  return new ReadableStream<Uint8Array>(
    {
      start(c) {
        controller = c;
        void run();
      },
      pull: wakeWriter,
      cancel() {
        cancelled = true;
        wakeWriter();
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: queueBytes }),
  );
}
