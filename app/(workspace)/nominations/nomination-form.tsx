'use client';

import { useCallback, useRef, useState } from 'react';
import { CommunePicker } from '@/components/nominations/commune-picker';
import { ExamplePicker } from '@/components/nominations/example-picker';
import { ETHNICITIES } from '@/lib/domain/ethnicities';
import {
  CONSENT_FORMS,
  CONSENT_FORM_LABELS,
  FIELDS,
  FIELD_LABELS,
  GENDERS,
  GENDER_LABELS,
  NOMINEE_KINDS,
  NOMINEE_KIND_LABELS,
  type NomineeKind,
} from '@/lib/domain/vocabulary';
import { saveNominationAction, saveNominationFallbackAction } from './actions';
import { Area, Choice, Section, Text } from './form-fields';
import { MoveButton } from './move-button';
import { SaveBar } from './save-bar';
import { useDraftAutosave } from './use-draft-autosave';

export interface NominationFormProps {
  id: string | null;
  version: number;
  clientKey: string;
  savedAt: string | null;
  values: Record<string, string>;
  campaigns: { id: number; shortName: string; startYear: number; endYear: number }[];
  commune: { tree: '2024' | '2025'; code: string; label: string } | null;
  replicates: { id: string; title: string } | null;
  reviewerComment: string | null;
  /** Shown once the draft exists: the final check runs on the server when it is pressed. */
  submittable: boolean;
}

const options = <T extends string>(codes: readonly T[], labels: Record<T, string>) => codes.map((c) => ({ value: c, label: labels[c] }));
const ETHNICITY_OPTIONS = ETHNICITIES.map((e) => ({ value: e.code, label: e.name }));

export function NominationForm(props: NominationFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<NomineeKind>((props.values.nomineeKind as NomineeKind) || 'household');
  const [campaignId, setCampaignId] = useState(props.values.campaignId || String(props.campaigns[0]?.id ?? ''));
  const [consent, setConsent] = useState(props.values.consentGiven ?? '');
  const [formKey, setFormKey] = useState(0);
  const [restored, setRestored] = useState<Record<string, string> | null>(null);

  const onRestore = useCallback((values: Record<string, string>) => {
    if (values.nomineeKind) setKind(values.nomineeKind as NomineeKind);
    if (values.campaignId) setCampaignId(values.campaignId);
    if (values.consentGiven !== undefined) setConsent(values.consentGiven);
    setRestored(values);
    // Re-mount the uncontrolled fields with the restored text as their values.
    setFormKey((k) => k + 1);
  }, []);
  const onCreated = useCallback((id: string) => {
    // Same page, new address: a reload now opens the saved draft instead of a blank form.
    window.history.replaceState(null, '', `/nominations/${id}`);
  }, []);
  const autosave = useDraftAutosave({
    formRef,
    initial: { id: props.id, version: props.version, clientKey: props.clientKey, savedAt: props.savedAt },
    save: saveNominationAction,
    onRestore,
    onCreated,
  });
  const errors = autosave.state.fieldErrors;
  const values = restored ? { ...props.values, ...restored } : props.values;
  const campaign = props.campaigns.find((c) => String(c.id) === campaignId) ?? props.campaigns[0];
  const years = campaign ? Array.from({ length: campaign.endYear - campaign.startYear + 1 }, (_, i) => String(campaign.endYear - i)) : [];
  const common = { errors, values };
  const person = kind === 'individual' || kind === 'household';

  return (
    <form
      ref={formRef}
      key={formKey}
      action={saveNominationFallbackAction}
      onSubmit={(e) => {
        e.preventDefault();
        void autosave.saveNow();
      }}
      onInput={autosave.changed}
      onChange={autosave.changed}
      className="space-y-6"
      aria-label="Hồ sơ giới thiệu điển hình"
      noValidate
    >
      <input type="hidden" name="id" value={autosave.ids.current.id ?? ''} />
      <input type="hidden" name="version" value={autosave.ids.current.version} />
      <input type="hidden" name="clientKey" value={props.clientKey} />
      {props.reviewerComment && (
        <div className="rounded-lg border-l-4 border-amber-500 bg-amber-50 p-4">
          <p className="font-semibold text-stone-900">Ý kiến thẩm định, cần sửa trước khi gửi lại:</p>
          <p className="mt-1 whitespace-pre-line text-stone-900">{props.reviewerComment}</p>
        </div>
      )}
      <SaveBar state={autosave.state} onSave={() => void autosave.saveNow()} onOverwrite={() => void autosave.overwrite()} onDiscard={autosave.discard} />

      <Section title="1. Thông tin chung">
        <Choice
          name="campaignId"
          label="Đợt thi đua"
          options={props.campaigns.map((c) => ({ value: String(c.id), label: c.shortName }))}
          value={campaignId}
          onChange={setCampaignId}
          {...common}
        />
        <Choice name="year" label="Năm" options={years.map((y) => ({ value: y, label: y }))} {...common} />
        <CommunePicker defaultValue={props.commune} error={errors.communeCode} onChange={autosave.changed} />
        <Choice
          name="nomineeKind"
          label="Loại điển hình"
          options={options(NOMINEE_KINDS, NOMINEE_KIND_LABELS)}
          value={kind}
          onChange={(v) => setKind(v as NomineeKind)}
          {...common}
        />
        <Choice name="field" label="Lĩnh vực" options={options(FIELDS, FIELD_LABELS)} placeholder="— Chọn lĩnh vực —" {...common} />
        <Text name="title" label="Tên điển hình (tiêu đề)" hint="Ví dụ: Hộ ông Nông Văn Sáng thoát nghèo nhờ trồng xen hồ tiêu" maxLength={200} {...common} />
      </Section>

      <Section title={`2. ${NOMINEE_KIND_LABELS[kind]} được giới thiệu`}>
        <Text
          name="nomineeName"
          label={kind === 'model' ? 'Tên mô hình' : kind === 'collective' ? 'Tên tập thể' : kind === 'household' ? 'Tên hộ (chủ hộ)' : 'Họ và tên'}
          maxLength={200}
          {...common}
        />
        {kind === 'individual' && (
          <>
            <Choice name="gender" label="Giới tính" options={options(GENDERS, GENDER_LABELS)} placeholder="— Chọn —" {...common} />
            <Text name="birthYear" label="Năm sinh" inputMode="numeric" maxLength={4} {...common} />
          </>
        )}
        {person && (
          <Choice
            name="ethnicity"
            label={kind === 'household' ? 'Dân tộc của chủ hộ' : 'Dân tộc'}
            options={ETHNICITY_OPTIONS}
            placeholder="— Chọn dân tộc —"
            {...common}
          />
        )}
        {person && (
          <Text name="nomineeRole" label={kind === 'household' ? 'Vai trò ở địa phương (nếu có)' : 'Chức vụ, nghề nghiệp'} maxLength={200} {...common} />
        )}
        {kind === 'collective' && (
          <>
            <Text name="collectiveType" label="Loại hình tập thể" hint="Ví dụ: tổ hợp tác, chi hội, hợp tác xã" maxLength={200} {...common} />
            <Text name="collectiveSize" label="Số thành viên" inputMode="numeric" {...common} />
          </>
        )}
        {kind === 'model' && (
          <>
            <Area name="modelHowItWorks" label="Cách làm của mô hình" rows={5} maxLength={3000} {...common} />
            <Text name="modelSince" label="Năm bắt đầu mô hình" inputMode="numeric" maxLength={4} {...common} />
          </>
        )}
      </Section>

      <Section title="3. Nội dung được công bố" description="Phần này hiện trên trang công khai khi hồ sơ được công nhận.">
        <Area name="summary" label="Tóm tắt (tối đa 500 ký tự)" rows={3} maxLength={500} {...common} />
        <Area
          name="story"
          label="Câu chuyện: đã làm gì, giúp hộ nghèo thế nào"
          hint="Viết thành đoạn; xuống dòng hai lần để tách đoạn."
          rows={10}
          {...common}
        />
      </Section>

      <Section title="4. Hiệu quả giảm nghèo" description="Ghi số nguyên; để trống nếu không có. Số tiền có thể gõ 1.234.567.">
        <div className="grid gap-4 sm:grid-cols-2">
          <Text name="householdsEscaped" label="Số hộ thoát nghèo" inputMode="numeric" {...common} />
          <Text name="nearPoorHelped" label="Số hộ cận nghèo được hỗ trợ" inputMode="numeric" {...common} />
          <Text name="beneficiaryHouseholds" label="Số hộ hưởng lợi" inputMode="numeric" {...common} />
          <Text name="ethnicMinorityHouseholds" label="Trong đó hộ đồng bào dân tộc thiểu số" inputMode="numeric" {...common} />
          <Text name="jobsCreated" label="Số việc làm tạo ra" inputMode="numeric" {...common} />
          <Text name="contributionVnd" label="Đóng góp (đồng)" inputMode="numeric" {...common} />
          <Text name="startedYear" label="Năm bắt đầu" inputMode="numeric" maxLength={4} {...common} />
        </div>
      </Section>

      <Section title="5. Nhân rộng" description="Nếu đây là mô hình làm theo một điển hình đã được công nhận, hãy chọn điển hình đó.">
        <ExamplePicker defaultValue={props.replicates} error={errors.replicatesId} onChange={autosave.changed} />
      </Section>

      {person && (
        <Section title="6. Đồng ý công bố" description="Bắt buộc với cá nhân, hộ gia đình: ghi lại sự đồng ý của người được giới thiệu.">
          <Choice
            name="consentGiven"
            label="Người được giới thiệu đồng ý công bố?"
            options={[
              { value: 'yes', label: 'Có, đã đồng ý' },
              { value: 'no', label: 'Chưa đồng ý / không đồng ý' },
            ]}
            placeholder="— Chọn —"
            value={consent}
            onChange={setConsent}
            {...common}
          />
          {consent === 'yes' && (
            <>
              <Text name="consentGivenBy" label="Người đồng ý" maxLength={200} {...common} />
              <Text name="consentDate" label="Ngày đồng ý" type="date" {...common} />
              <Choice name="consentForm" label="Hình thức" options={options(CONSENT_FORMS, CONSENT_FORM_LABELS)} placeholder="— Chọn —" {...common} />
            </>
          )}
          <Choice
            name="publishMode"
            label="Trên trang công khai"
            options={[
              { value: 'named', label: 'Được nêu tên và đăng ảnh' },
              { value: 'anonymised', label: 'Ẩn danh: không nêu tên, không đăng ảnh' },
            ]}
            {...common}
          />
        </Section>
      )}

      <Section title={`${person ? '7' : '6'}. Thông tin riêng cho cán bộ thẩm định`} description="Không bao giờ hiện trên trang công khai.">
        <Text name="contactPhone" label="Số điện thoại liên hệ" type="tel" inputMode="tel" autoComplete="off" {...common} />
        <Text name="address" label="Địa chỉ" maxLength={300} {...common} />
        <Text name="unitContactPerson" label="Người liên hệ của đơn vị" maxLength={200} {...common} />
      </Section>

      <SaveBar
        state={autosave.state}
        onSave={() => void autosave.saveNow()}
        onOverwrite={() => void autosave.overwrite()}
        onDiscard={autosave.discard}
        compact
      />
      {props.submittable && autosave.ids.current.id && (
        <MoveButton
          id={autosave.ids.current.id}
          action="submit"
          version={autosave.ids.current.version}
          beforeMove={autosave.holdForSubmit}
          afterMove={(ok) => !ok && autosave.release()}
        />
      )}
    </form>
  );
}
