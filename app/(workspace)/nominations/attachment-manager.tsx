'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition } from 'react';
import { MAX_PHOTOS, PHOTO_MAX_BYTES, UPLOAD_MESSAGES } from '@/lib/uploads/limits';
import { moveAttachmentAction, removeAttachmentAction, updateAttachmentAction } from './actions';
import type { ActionResult } from '@/lib/outcome';

export interface AttachmentItem {
  id: string;
  kind: string;
  caption: string;
  isPublic: boolean;
  originalName: string;
  bytes: number;
}

type Upload = { name: string; progress: number; error: string | null };

/** XMLHttpRequest rather than fetch: it reports upload progress, which matters on a slow connection. */
function send(url: string, data: FormData, onProgress: (p: number) => void): Promise<{ ok: boolean; message?: string }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText) as { ok: boolean; message?: string });
      } catch {
        resolve({ ok: false, message: 'Máy chủ không trả lời đúng. Vui lòng thử lại.' });
      }
    };
    xhr.onerror = () => resolve({ ok: false, message: 'Mất kết nối khi tải lên. Vui lòng thử lại.' });
    xhr.send(data);
  });
}

export function AttachmentManager({ nominationId, items }: { nominationId: string; items: AttachmentItem[] }) {
  const router = useRouter();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const photoInput = useRef<HTMLInputElement>(null);
  const docInput = useRef<HTMLInputElement>(null);
  const photos = items.filter((i) => i.kind === 'photo');
  const documents = items.filter((i) => i.kind === 'document');

  async function upload(files: FileList | null, kind: 'photo' | 'document') {
    if (!files?.length) return;
    for (const file of Array.from(files)) {
      if (kind === 'photo' && file.size > PHOTO_MAX_BYTES) {
        setUploads((u) => [...u, { name: file.name, progress: 0, error: UPLOAD_MESSAGES.photoTooLarge }]);
        continue;
      }
      setUploads((u) => [...u, { name: file.name, progress: 0, error: null }]);
      const data = new FormData();
      data.set('file', file);
      data.set('kind', kind);
      data.set('isPublic', kind === 'photo' ? 'true' : 'false');
      const result = await send(`/nominations/${nominationId}/attachments`, data, (p) =>
        setUploads((u) => u.map((x) => (x.name === file.name ? { ...x, progress: p } : x))),
      );
      setUploads((u) =>
        u.map((x) => (x.name === file.name ? { ...x, progress: 100, error: result.ok ? null : (result.message ?? 'Không tải lên được.') } : x)),
      );
    }
    if (photoInput.current) photoInput.current.value = '';
    if (docInput.current) docInput.current.value = '';
    router.refresh();
  }

  function run(action: () => Promise<ActionResult>) {
    startTransition(async () => {
      const result = await action();
      setMessage(result.status === 'ok' ? null : result.message);
      router.refresh();
    });
  }

  return (
    <div className="space-y-4">
      <div aria-live="polite">{message && <p className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">{message}</p>}</div>
      <div>
        <label htmlFor="photo-upload" className="block text-sm font-medium text-stone-900">
          Thêm ảnh ({photos.length}/{MAX_PHOTOS}; JPEG, PNG, WebP, HEIC; tối đa 10 MB mỗi ảnh)
        </label>
        <input
          id="photo-upload"
          ref={photoInput}
          type="file"
          accept="image/jpeg,image/png,image/webp,image/heic,image/heif"
          multiple
          disabled={photos.length >= MAX_PHOTOS}
          onChange={(e) => void upload(e.target.files, 'photo')}
          className="mt-1 block w-full text-base"
        />
        <p className="mt-1 text-sm text-stone-600">Ảnh được xoay đúng chiều và xóa thông tin vị trí (GPS) trước khi lưu.</p>
      </div>
      {uploads.length > 0 && (
        <ul className="space-y-2" aria-label="Tệp đang tải lên">
          {uploads.map((u) => (
            <li key={u.name} className="text-sm">
              <span className="font-medium">{u.name}</span>{' '}
              {u.error ? <span className="text-red-800">— {u.error}</span> : u.progress < 100 ? `— ${u.progress}%` : '— đã tải lên'}
              {!u.error && <progress max={100} value={u.progress} className="block h-2 w-full" aria-label={`Tiến độ tải ${u.name}`} />}
            </li>
          ))}
        </ul>
      )}
      {photos.length > 0 && (
        <ol className="grid gap-3 sm:grid-cols-2" aria-label="Ảnh của hồ sơ">
          {photos.map((p, index) => (
            <li key={p.id} className="rounded-lg border border-stone-200 bg-white p-3">
              {/* eslint-disable-next-line @next/next/no-img-element -- a private file: /files checks the session, which next/image's optimiser would not carry */}
              <img
                src={`/files/${p.id}?size=thumb`}
                alt={p.caption || `Ảnh ${index + 1}`}
                className="aspect-[4/3] w-full rounded object-cover"
                loading="lazy"
              />
              <label className="mt-2 block text-sm font-medium" htmlFor={`caption-${p.id}`}>
                Chú thích ảnh {index + 1}
              </label>
              <input
                id={`caption-${p.id}`}
                defaultValue={p.caption}
                maxLength={300}
                onBlur={(e) => e.target.value !== p.caption && run(() => updateAttachmentAction(p.id, { caption: e.target.value }))}
                className="mt-1 block w-full rounded-md border border-stone-400 px-2 py-1 text-base"
              />
              <label className="mt-2 flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  defaultChecked={p.isPublic}
                  onChange={(e) => run(() => updateAttachmentAction(p.id, { isPublic: e.target.checked }))}
                  className="h-5 w-5"
                />
                Được phép công bố
              </label>
              <div className="mt-2 flex flex-wrap gap-2">
                <button
                  type="button"
                  disabled={pending || index === 0}
                  onClick={() => run(() => moveAttachmentAction(p.id, 'up'))}
                  className="min-h-11 rounded border border-stone-400 px-3 text-sm disabled:opacity-50"
                  aria-label={`Đưa ảnh ${index + 1} lên trước`}
                >
                  ↑ Lên
                </button>
                <button
                  type="button"
                  disabled={pending || index === photos.length - 1}
                  onClick={() => run(() => moveAttachmentAction(p.id, 'down'))}
                  className="min-h-11 rounded border border-stone-400 px-3 text-sm disabled:opacity-50"
                  aria-label={`Đưa ảnh ${index + 1} xuống sau`}
                >
                  ↓ Xuống
                </button>
                <button
                  type="button"
                  disabled={pending}
                  onClick={() => confirm('Xóa ảnh này?') && run(() => removeAttachmentAction(p.id))}
                  className="min-h-11 rounded border border-red-800 px-3 text-sm text-red-800"
                  aria-label={`Xóa ảnh ${index + 1}`}
                >
                  Xóa
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <div>
        <label htmlFor="document-upload" className="block text-sm font-medium text-stone-900">
          Thêm tài liệu PDF (báo cáo thành tích, xác nhận của UBND xã…; tối đa 20 MB)
        </label>
        <input
          id="document-upload"
          ref={docInput}
          type="file"
          accept="application/pdf"
          onChange={(e) => void upload(e.target.files, 'document')}
          className="mt-1 block w-full text-base"
        />
      </div>
      {documents.length > 0 && (
        <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white text-sm" aria-label="Tài liệu của hồ sơ">
          {documents.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
              <a href={`/files/${d.id}`}>{d.originalName}</a>
              <button
                type="button"
                disabled={pending}
                onClick={() => confirm('Xóa tài liệu này?') && run(() => removeAttachmentAction(d.id))}
                className="min-h-11 rounded border border-red-800 px-3 text-red-800"
              >
                Xóa
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
