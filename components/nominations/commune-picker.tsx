'use client';

import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { createCommuneLookup, TREE_SHORT_LABELS, type CommuneMatch } from '@/components/examples/commune-lookup';
import { controlClass } from '@/components/ui/field';
import type { AdminTree } from '@/lib/domain/vocabulary';
import { joinIds, labelClass, MatchText, notifyForm, OptionList, secondaryButtonClass, StatusLine, useHydrated } from './combobox-parts';
import { useCombobox } from './use-combobox';

export interface CommuneValue {
  tree: AdminTree;
  code: string;
  label: string;
}

export interface CommunePickerProps {
  /** Usually the unit's own commune. */
  defaultValue: CommuneValue | null;
  error?: string;
  /** Extra ids for the visible control's aria-describedby. */
  describedBy?: string;
  onChange?: (value: CommuneValue) => void;
}

// The id the field's error and an error summary link point at, whichever control is showing.
const FIELD_ID = 'communeCode';
const ERROR_ID = 'communeCode-error';
const LABEL = 'Xã, phường nơi có điển hình';
// The flex row sets the spacing under the label instead.
const boxClass = `${controlClass.replace('mt-1 ', '')} min-h-11`;

export function CommunePicker(props: CommunePickerProps) {
  return useHydrated() ? <CommuneCombobox {...props} /> : <CommuneFallback {...props} />;
}

function FieldError({ error }: { error?: string }) {
  return error ? (
    <p id={ERROR_ID} className="mt-1 text-sm font-medium text-red-800">
      {error}
    </p>
  ) : null;
}

function TreeBadge({ tree }: { tree: AdminTree }) {
  return (
    <span
      className={`inline-block rounded border px-1.5 text-xs leading-5 ${tree === '2025' ? 'border-emerald-300 bg-emerald-50 text-emerald-900' : 'border-stone-300 bg-stone-100 text-stone-800'}`}
    >
      <span className="sr-only">, </span>Địa giới {TREE_SHORT_LABELS[tree]}
    </span>
  );
}

/** Without JavaScript the codes are typed in; the server checks them like any other field. */
function CommuneFallback({ defaultValue, error, describedBy }: CommunePickerProps) {
  const errorId = error ? ERROR_ID : undefined;
  return (
    <fieldset>
      <legend className={labelClass}>{LABEL}</legend>
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
            aria-describedby={joinIds(describedBy, errorId)}
            className={`${controlClass} min-h-11`}
          />
        </div>
      </div>
      <FieldError error={error} />
    </fieldset>
  );
}

function communeValue(item: CommuneMatch): CommuneValue {
  const [tree, code] = item.value.split(':') as [AdminTree, string];
  return { tree, code, label: item.parent ? `${item.name}, ${item.parent}` : item.name };
}

function CommuneCombobox({ defaultValue, error, describedBy, onChange }: CommunePickerProps) {
  const baseId = useId();
  const labelId = `${baseId}-label`;
  const hintId = `${baseId}-hint`;
  const valueId = `${baseId}-value`;
  const errorId = error ? ERROR_ID : undefined;

  const [chosen, setChosen] = useState<CommuneValue | null>(defaultValue);
  const [editing, setEditing] = useState(defaultValue === null);
  const codeRef = useRef<HTMLInputElement>(null);
  const changeRef = useRef<HTMLButtonElement>(null);

  const box = useCombobox<CommuneMatch>({
    baseId,
    makeLookup: (onState) => createCommuneLookup({ onState }),
    noMatch: 'Không tìm thấy xã, phường nào',
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
    box.inputRef.current?.focus();
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
        <>
          <label id={labelId} htmlFor={FIELD_ID} className={labelClass}>
            {LABEL}
          </label>
          <div className="relative mt-1 flex gap-2">
            <input
              id={FIELD_ID}
              ref={box.inputRef}
              {...box.inputProps}
              aria-invalid={error ? true : undefined}
              aria-describedby={joinIds(hintId, describedBy, errorId)}
              placeholder="Ví dụ: Đa Kia, Phú Nghĩa"
              className={`${boxClass} min-w-0 flex-1`}
            />
            {chosen && (
              <button type="button" onClick={stopEditing} className={secondaryButtonClass}>
                Hủy
              </button>
            )}
            <OptionList
              box={box}
              label="Kết quả tìm xã, phường"
              itemKey={(item) => item.value}
              renderItem={(item, words) => (
                <>
                  <span className="block text-stone-900">
                    <MatchText text={item.name} words={words} />
                  </span>
                  <span className="sr-only">, </span>
                  <span className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-700">
                    {item.parent && <span>{item.parent}</span>}
                    <TreeBadge tree={item.tree} />
                  </span>
                </>
              )}
            />
          </div>
          <p id={hintId} className="mt-1 text-sm text-stone-600">
            {/* Typed text alone changes nothing; say so, or leaving the box looks like a choice. */}
            {chosen && `Vẫn là ${chosen.label} cho đến khi chọn xã, phường khác. `}
            Gõ từ 2 chữ của tên xã, phường, có dấu hoặc không dấu, rồi chọn trong danh sách.
          </p>
        </>
      ) : (
        <div role="group" aria-labelledby={labelId}>
          <p id={labelId} className={labelClass}>
            {LABEL}
          </p>
          <div className={`mt-1 flex items-center gap-3 rounded-md border bg-white py-1 pr-1 pl-3 ${error ? 'border-red-700' : 'border-stone-400'}`}>
            <p id={valueId} className="min-w-0 flex-1 py-1">
              <span className="block text-base break-words text-stone-900">{chosen.label}</span>
              <TreeBadge tree={chosen.tree} />
            </p>
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
          </div>
        </div>
      )}
      <StatusLine message={box.message} onRetry={box.retry} />
      <FieldError error={error} />
    </div>
  );
}
