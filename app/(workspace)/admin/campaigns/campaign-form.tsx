'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';
import { FieldShell, TextField, controlClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { MAX_CAMPAIGN_YEARS, suggestCampaignSlug } from '@/lib/campaigns/schema';
import { IDLE, type ActionState } from '@/lib/outcome';
import { createCampaignAction, updateCampaignAction } from './actions';

type Values = Record<string, string>;

interface CampaignFormProps {
  /** Absent when creating. */
  campaignId?: number;
  initial: Values;
  /** Published examples link to the campaign by its slug, so it can no longer change. */
  slugLocked?: boolean;
}

export function CampaignForm({ campaignId, initial, slugLocked = false }: CampaignFormProps) {
  const editing = campaignId != null;
  const [state, action] = useActionState<ActionState, FormData>(campaignId != null ? updateCampaignAction.bind(null, campaignId) : createCampaignAction, IDLE);
  const values = state.status === 'invalid' ? (state.values ?? initial) : initial;
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  // Controlled so the suggested slug follows the short name until the admin types a slug of their own.
  const [shortName, setShortName] = useState(values.shortName ?? '');
  const [slug, setSlug] = useState(values.slug ?? '');
  const [slugEdited, setSlugEdited] = useState(editing || Boolean(values.slug));

  return (
    <form action={action} className="space-y-4" aria-label={editing ? 'Sửa phong trào thi đua' : 'Tạo phong trào thi đua'} noValidate>
      <FormMessage state={state} />
      <TextField id="name" label="Tên phong trào" required maxLength={300} defaultValue={values.name} error={errors.name} />
      <TextField
        id="shortName"
        label="Tên ngắn"
        required
        maxLength={80}
        value={shortName}
        onChange={(e) => {
          setShortName(e.target.value);
          if (!slugEdited) setSlug(suggestCampaignSlug(e.target.value));
        }}
        error={errors.shortName}
        hint="Hiện trong danh sách chọn đợt thi đua và bộ lọc, ví dụ “Chung tay vì người nghèo 2026–2030”."
      />
      <TextField
        id="slug"
        label="Đường dẫn"
        required
        maxLength={80}
        value={slug}
        readOnly={slugLocked}
        onChange={(e) => {
          setSlug(e.target.value);
          setSlugEdited(true);
        }}
        error={errors.slug}
        autoComplete="off"
        spellCheck={false}
        hint={
          slugLocked
            ? 'Phong trào đã có điển hình được công nhận, các đường dẫn công khai đang dùng giá trị này nên không đổi được.'
            : 'Chữ thường không dấu, chữ số và dấu gạch ngang, dùng trong địa chỉ trang và bộ lọc công khai. Để trống để hệ thống gợi ý từ tên ngắn.'
        }
      />
      <FieldShell id="description" label="Mô tả" hint="Không bắt buộc, tối đa 4000 ký tự." error={errors.description}>
        <textarea
          id="description"
          name="description"
          rows={5}
          maxLength={4000}
          defaultValue={values.description}
          className={controlClass}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={['description-hint', errors.description ? 'description-error' : ''].filter(Boolean).join(' ')}
        />
      </FieldShell>
      <fieldset className="grid gap-4 rounded-md border border-stone-200 p-3 sm:grid-cols-2">
        <legend className="px-1 text-sm font-semibold">Giai đoạn (tối đa {MAX_CAMPAIGN_YEARS} năm)</legend>
        <TextField id="startYear" label="Từ năm" required inputMode="numeric" maxLength={4} defaultValue={values.startYear} error={errors.startYear} />
        <TextField id="endYear" label="Đến năm" required inputMode="numeric" maxLength={4} defaultValue={values.endYear} error={errors.endYear} />
      </fieldset>
      <fieldset className="grid gap-4 rounded-md border border-stone-200 p-3 sm:grid-cols-2">
        <legend className="px-1 text-sm font-semibold">Thời hạn nhận hồ sơ (không bắt buộc)</legend>
        <TextField id="submissionsOpenOn" label="Nhận từ ngày" type="date" defaultValue={values.submissionsOpenOn} error={errors.submissionsOpenOn} />
        <TextField id="submissionsCloseOn" label="Đến hết ngày" type="date" defaultValue={values.submissionsCloseOn} error={errors.submissionsCloseOn} />
      </fieldset>
      <div>
        <label className="flex items-start gap-2 text-base">
          <input
            type="checkbox"
            id="acceptingNominations"
            name="acceptingNominations"
            defaultChecked={values.acceptingNominations === 'on'}
            className="mt-1 h-4 w-4"
            aria-describedby="acceptingNominations-hint"
          />
          <span className="font-medium">Đang nhận hồ sơ</span>
        </label>
        <p id="acceptingNominations-hint" className="mt-1 text-sm text-stone-600">
          Bỏ chọn để đóng phong trào: các đơn vị không lập được hồ sơ mới, kể cả khi còn trong thời hạn nhận hồ sơ.
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingText="Đang lưu…">{editing ? 'Lưu thay đổi' : 'Tạo phong trào'}</SubmitButton>
        <Link href="/admin/campaigns">Hủy</Link>
      </div>
    </form>
  );
}
