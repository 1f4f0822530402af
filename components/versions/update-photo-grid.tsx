import type { ReactNode } from 'react';
import type { UpdatePhoto } from '@/db/queries/update-photos';

/** The photos a proposal would add to the gallery, private until approved (so plain <img> through /files). */
export function UpdatePhotoGrid({ photos, actions }: { photos: UpdatePhoto[]; actions?: (photo: UpdatePhoto) => ReactNode }) {
  if (photos.length === 0) return null;
  return (
    <ul className="mt-3 grid gap-3 sm:grid-cols-3" aria-label="Ảnh mới trong đề xuất">
      {photos.map((p, i) => (
        <li key={p.id} className="rounded-md border border-stone-200 bg-white p-2 text-sm">
          {/* eslint-disable-next-line @next/next/no-img-element -- a private file: /files checks the session, which next/image's optimiser would not carry */}
          <img src={`/files/${p.id}?size=thumb`} alt={p.caption || `Ảnh mới ${i + 1}`} className="aspect-[4/3] w-full rounded object-cover" loading="lazy" />
          <p className="mt-1">{p.caption || 'Không có chú thích'}</p>
          {actions?.(p)}
        </li>
      ))}
    </ul>
  );
}
