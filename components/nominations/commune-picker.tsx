'use client';

import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { CommuneOption, TreeBadge } from '@/components/communes/commune-option';
import { communeSource, TREE_SHORT_LABELS, type CommuneMatch } from '@/components/communes/commune-source';
import { ChosenValue, ComboboxField, ComboboxStatus, joinIds, notifyForm, secondaryButtonClass, useHydrated } from '@/components/ui/combobox';
import { controlClass, FieldError, labelClass } from '@/components/ui/field';
import { useCombobox } from '@/components/ui/use-combobox';
import type { AdminTree } from '@/lib/domain/vocabulary';

interface CommuneValue {
  tree: AdminTree;
  code: string;
  label: string;
}

interface CommunePickerProps {
  /** Usually the unit's own commune. */
  defaultValue: CommuneValue | null;
  error?: string;
  /** Extra ids for the visible control's aria-describedby. */
  describedBy?: string;
  onChange?: (value: CommuneValue) => void;
  /** The field's label; the nomination form's own by default. */
  label?: string;
}

// The id the field's error and an error summary link point at, whichever control is showing.
const FIELD_ID = 'communeCode';
const ERROR_ID = 'communeCode-error';
const LABEL = 'Xã, phường nơi có điển hình';

/** The nomination's commune: a type-ahead over both trees, posting communeTree and communeCode. */
export function CommunePicker(props: CommunePickerProps) {
  return useHydrated() ? <CommuneTypeahead {...props} /> : <CommuneFallback {...props} />;
}

/** Without JavaScript the codes are typed in; the server checks them like any other field. */
function CommuneFallback({ defaultValue, error, describedBy, label = LABEL }: CommunePickerProps) {
  return (
    <fieldset>
      <legend className={labelClass}>{label}</legend>
      {defaultValue && (
        <p className="mt-1 text-sm text-stone-700">
          Đang chọn: {defaultValue.label} (địa giới {TREE_SHORT_LABELS[defaultValue.tree]})
        </p>
      )}
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="communeTree" className={labelClass}>
            Hệ địa giới
          </label>
          <select id="communeTree" name="communeTree" defaultValue={defaultValue?.tree ?? '2025'} className={`${controlClass} min-h-11`}>
            <option value="2025">Từ 01/07/2025</option>
            <option value="2024">Trước 01/07/2025</option>
          </select>
        </div>
        <div>
          <label htmlFor={FIELD_ID} className={labelClass}>
            Mã xã (5 chữ số)
          </label>
          <input
            id={FIELD_ID}
            name="communeCode"
            type="text"
            inputMode="numeric"
            pattern="[0-9]{5}"
            maxLength={5}
            autoComplete="off"
            defaultValue={defaultValue?.code ?? ''}
            aria-invalid={error ? true : undefined}
            aria-describedby={joinIds(describedBy, error && ERROR_ID)}
            className={`${controlClass} min-h-11`}
          />
        </div>
      </div>
      <FieldError id={ERROR_ID} error={error} />
    </fieldset>
  );
}

function communeValue(item: CommuneMatch): CommuneValue {
  const [tree, code] = item.value.split(':') as [AdminTree, string];
  return { tree, code, label: item.parent ? `${item.name}, ${item.parent}` : item.name };
}

function CommuneTypeahead({ defaultValue, error, describedBy, onChange, label = LABEL }: CommunePickerProps) {
  const labelId = `${FIELD_ID}-label`;
  const valueId = `${FIELD_ID}-value`;
  const errorId = error ? ERROR_ID : undefined;

  const [chosen, setChosen] = useState<CommuneValue | null>(defaultValue);
  const [editing, setEditing] = useState(defaultValue === null);
  const codeRef = useRef<HTMLInputElement>(null);
  const changeRef = useRef<HTMLButtonElement>(null);

  const box = useCombobox<CommuneMatch>({
    id: FIELD_ID,
    source: communeSource,
    wording: { noMatch: 'Không tìm thấy xã, phường nào' },
    onChoose(item) {
      const next = communeValue(item);
      // Synchronously, so the hidden inputs hold the new codes before the form hears of them,
      // and the "Đổi" button exists to take the focus from the box that is going away.
      flushSync(() => {
        setChosen(next);
        setEditing(false);
        box.announce(`Đã chọn ${next.label}`);
      });
      notifyForm(codeRef.current);
      onChange?.(next);
      changeRef.current?.focus();
    },
    onDismiss: chosen ? stopEditing : undefined,
  });

  function startEditing() {
    flushSync(() => {
      setEditing(true);
      box.announce(null);
    });
    box.focus();
  }

  function stopEditing() {
    box.reset();
    flushSync(() => setEditing(false));
    changeRef.current?.focus();
  }

  return (
    <div>
      <input type="hidden" name="communeTree" value={chosen?.tree ?? ''} />
      <input ref={codeRef} type="hidden" name="communeCode" value={chosen?.code ?? ''} />
      {editing || !chosen ? (
        <ComboboxField
          box={box}
          label={label}
          labelId={labelId}
          listLabel="Kết quả tìm xã, phường"
          placeholder="Ví dụ: Đa Kia, Phú Nghĩa"
          hint={
            <>
              {/* Typed text alone changes nothing; say so, or leaving the box looks like a choice. */}
              {chosen && `Vẫn là ${chosen.label} cho đến khi chọn xã, phường khác. `}
              Gõ từ 2 chữ của tên xã, phường, có dấu hoặc không dấu, rồi chọn trong danh sách.
            </>
          }
          describedBy={joinIds(describedBy, errorId)}
          invalid={Boolean(error)}
          aside={
            chosen && (
              <button type="button" onClick={stopEditing} className={secondaryButtonClass}>
                Hủy
              </button>
            )
          }
          itemKey={(item) => item.value}
          renderItem={(item, words) => <CommuneOption item={item} words={words} />}
        />
      ) : (
        <ChosenValue
          labelId={labelId}
          label={label}
          valueId={valueId}
          invalid={Boolean(error)}
          value={
            <>
              <span className="block">{chosen.label}</span>
              <TreeBadge tree={chosen.tree} />
            </>
          }
          action={
            <button
              id={FIELD_ID}
              ref={changeRef}
              type="button"
              onClick={startEditing}
              aria-describedby={joinIds(valueId, describedBy, errorId)}
              className={secondaryButtonClass}
            >
              Đổi<span className="sr-only"> xã, phường</span>
            </button>
          }
        />
      )}
      <ComboboxStatus box={box} />
      <FieldError id={ERROR_ID} error={error} />
    </div>
  );
}
