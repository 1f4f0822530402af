'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { controlClass, labelClass } from '@/components/ui/field';
import { CASEBOOK_FORM } from '@/lib/casebook/messages';
import { countPages, fileNameOf, formatSize, type PageCounter } from './download-progress';

export interface CasebookFormProps {
  campaign: { slug: string; startYear: number; endYear: number };
  areas: { value: string; label: string }[];
  defaults: { year: string; area: string };
  /** Each form on a page needs its own ids. */
  idPrefix: string;
}

type Progress =
  | { state: 'idle' }
  | { state: 'running'; pages: number; totalPages: number | null; bytes: number; totalBytes: number | null }
  | { state: 'done'; bytes: number; url: string; fileName: string }
  | { state: 'error'; message: string };

/**
 * A GET form for `/campaigns/[slug]/casebook.pdf`. Without JavaScript the browser simply downloads the file;
 * with it, the file is fetched here and the pages made so far are shown against the page count the server
 * sends first, since a large casebook takes minutes.
 */
export function CasebookForm({ campaign, areas, defaults, idPrefix }: CasebookFormProps) {
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const action = `/campaigns/${campaign.slug}/casebook.pdf`;
  const years = Array.from({ length: campaign.endYear - campaign.startYear + 1 }, (_, i) => campaign.endYear - i);
  const fileUrl = progress.state === 'done' ? progress.url : null;

  useEffect(() => () => void (fileUrl && URL.revokeObjectURL(fileUrl)), [fileUrl]);

  async function download(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const query = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) if (typeof value === 'string' && value) query.set(key, value);
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ state: 'running', pages: 0, totalPages: null, bytes: 0, totalBytes: null });
    try {
      const response = await fetch(`${action}${query.size ? `?${query}` : ''}`, { signal: controller.signal });
      if (!response.ok || !response.body) {
        setProgress({ state: 'error', message: (await response.text()) || CASEBOOK_FORM.failed });
        return;
      }
      const totalPages = Number(response.headers.get('x-casebook-pages')) || null;
      const totalBytes = Number(response.headers.get('content-length') ?? response.headers.get('x-casebook-bytes')) || null;
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let counter: PageCounter = { pages: 0, carry: '' };
      let bytes = 0;
      const reader = response.body.getReader();
      for (;;) {
        const next = await reader.read();
        if (next.done) break;
        chunks.push(next.value);
        bytes += next.value.byteLength;
        counter = countPages(counter, next.value);
        setProgress({ state: 'running', pages: counter.pages, totalPages, bytes, totalBytes });
      }
      const url = URL.createObjectURL(new Blob(chunks, { type: 'application/pdf' }));
      const fileName = fileNameOf(response.headers.get('content-disposition'));
      setProgress({ state: 'done', bytes, url, fileName });
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
    } catch {
      setProgress(controller.signal.aborted ? { state: 'error', message: CASEBOOK_FORM.stopped } : { state: 'error', message: CASEBOOK_FORM.failed });
    } finally {
      abort.current = null;
    }
  }

  const running = progress.state === 'running';
  return (
    <form method="get" action={action} onSubmit={download} aria-label={CASEBOOK_FORM.heading} className="grid gap-3 sm:grid-cols-2">
      <div>
        <label htmlFor={`${idPrefix}-year`} className={labelClass}>
          {CASEBOOK_FORM.year}
        </label>
        <select id={`${idPrefix}-year`} name="year" defaultValue={defaults.year} className={controlClass}>
          <option value="">{CASEBOOK_FORM.wholeCampaign(campaign.startYear, campaign.endYear)}</option>
          {years.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${idPrefix}-area`} className={labelClass}>
          {CASEBOOK_FORM.area}
        </label>
        <select id={`${idPrefix}-area`} name="area" defaultValue={defaults.area} className={controlClass}>
          {areas.map((a) => (
            <option key={a.value} value={a.value}>
              {a.label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex gap-2 sm:col-span-2">
        <button
          type="submit"
          disabled={running}
          className="min-h-11 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
        >
          {CASEBOOK_FORM.submit}
        </button>
        {running && (
          <button type="button" onClick={() => abort.current?.abort()} className="min-h-11 rounded-md border border-stone-400 bg-white px-4 py-2 font-medium">
            {CASEBOOK_FORM.cancel}
          </button>
        )}
      </div>
      {/* Announced once when it starts and once when it ends; the running count is shown, not read out per chunk. */}
      <div role="status" aria-live="polite" className="text-sm sm:col-span-2">
        {running ? <span className="sr-only">{CASEBOOK_FORM.starting}</span> : <ProgressLine progress={progress} />}
      </div>
      {running && (
        <div className="text-sm sm:col-span-2">
          <ProgressLine progress={progress} />
        </div>
      )}
    </form>
  );
}

function ProgressLine({ progress }: { progress: Progress }) {
  switch (progress.state) {
    case 'idle':
      return null;
    case 'error':
      return <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 font-medium text-red-900">{progress.message}</p>;
    case 'done':
      return (
        <p className="rounded-md border border-green-300 bg-green-50 px-3 py-2 font-medium text-green-900">
          {CASEBOOK_FORM.done(formatSize(progress.bytes))}{' '}
          <a href={progress.url} download={progress.fileName}>
            {CASEBOOK_FORM.save}
          </a>
        </p>
      );
    case 'running': {
      const { pages, totalPages, bytes, totalBytes } = progress;
      const [value, max] = totalPages ? [Math.min(pages, totalPages), totalPages] : totalBytes ? [bytes, totalBytes] : [undefined, undefined];
      const text =
        bytes === 0
          ? CASEBOOK_FORM.starting
          : totalPages
            ? CASEBOOK_FORM.making(pages.toLocaleString('vi-VN'), totalPages.toLocaleString('vi-VN'), formatSize(bytes))
            : CASEBOOK_FORM.loading(formatSize(bytes));
      return (
        <div className="flex flex-wrap items-center gap-3">
          <progress value={value} max={max} aria-label={CASEBOOK_FORM.progressLabel} className="h-3 w-56 max-w-full" />
          <span>{text}</span>
        </div>
      );
    }
  }
}
