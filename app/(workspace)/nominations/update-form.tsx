'use client';

import { useActionState, useState } from 'react';
import { proposeUpdateAction } from './update-actions';
import { controlClass, FieldShell, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { VERSIONED_FIELD_LABELS, type VersionedValues } from '@/lib/domain/example-versions';
import { IMPACT_KEYS } from '@/lib/domain/vocabulary';
import { IDLE, type ActionState } from '@/lib/outcome';

const text = (v: string | number | null) => (v === null ? '' : String(v));

/** The unit's "Đề xuất cập nhật": the public fields, prefilled with the published version. */
export function UpdateForm({ id, version, live }: { id: string; version: number; live: VersionedValues }) {
  const [open, setOpen] = useState(false);
  const [state, action] = useActionState<ActionState, FormData>(proposeUpdateAction.bind(null, id, version), IDLE);
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const typed = state.status === 'invalid' ? (state.values ?? {}) : {};
  const value = (key: keyof VersionedValues) => typed[key] ?? text(live[key]);
  if (state.status === 'ok') return <FormMessage state={state} />;
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        Đề xuất cập nhật
      </button>
    );
  return (
    <form action={action} className="space-y-4" noValidate>
      <p className="text-stone-700">
        Sửa những thông tin cần cập nhật. Bản đang công bố giữ nguyên cho đến khi cán bộ thẩm định cấp quyết định duyệt; sau đó trang công khai hiện phiên bản
        mới và vẫn giữ các phiên bản cũ.
      </p>
      <TextField id="title" label={VERSIONED_FIELD_LABELS.title} defaultValue={value('title')} error={errors.title} required />
      <TextField id="summary" label={VERSIONED_FIELD_LABELS.summary} defaultValue={value('summary')} error={errors.summary} required />
      <FieldShell id="story" label={VERSIONED_FIELD_LABELS.story} error={errors.story}>
        <textarea
          id="story"
          name="story"
          rows={10}
          defaultValue={value('story')}
          className={controlClass}
          aria-invalid={errors.story ? true : undefined}
          aria-describedby={errors.story ? 'story-error' : undefined}
        />
      </FieldShell>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 font-semibold">Số liệu kết quả</legend>
        {IMPACT_KEYS.map((key) => (
          <TextField key={key} id={key} label={VERSIONED_FIELD_LABELS[key]} inputMode="numeric" defaultValue={value(key)} error={errors[key]} />
        ))}
      </fieldset>
      <div className="flex items-start gap-2">
        <input id="photosOnly" name="photosOnly" type="checkbox" className="mt-1 h-5 w-5" defaultChecked={typed.photosOnly === 'on'} />
        <label htmlFor="photosOnly">Chỉ bổ sung ảnh mới, không sửa nội dung (sau khi gửi, bạn tải ảnh lên ở phần đề xuất đang chờ duyệt)</label>
      </div>
      <FieldShell id="note" label="Ghi chú cho cán bộ thẩm định (không công khai)" error={errors.note}>
        <textarea id="note" name="note" rows={3} defaultValue={typed.note ?? ''} className={controlClass} aria-invalid={errors.note ? true : undefined} />
      </FieldShell>
      <FormMessage state={state} />
      <SubmitButton pendingText="Đang gửi…">Gửi đề xuất cập nhật</SubmitButton>
    </form>
  );
}
