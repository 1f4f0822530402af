'use client';

import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { controlClass } from '@/components/ui/field';
import { joinIds, labelClass, MatchText, notifyForm, OptionList, secondaryButtonClass, StatusLine, useHydrated } from './combobox-parts';
import { createLookup } from './combobox-state';
import { exampleLookupUrl, exampleValue, parseExampleMatches, type ExampleMatch } from './example-lookup';
import { useCombobox } from './use-combobox';

export interface ExampleValue {
  /** The nomination uuid; from a fresh search it is the slug while the API gives no id (see exampleValue). */
  id: string;
  title: string;
}

export interface ExamplePickerProps {
  defaultValue: ExampleValue | null;
  error?: string;
  /** Called with null when the choice is cleared. */
  onChange?: (value: ExampleValue | null) => void;
}

const FIELD_ID = 'replicatesId';
const ERROR_ID = 'replicatesId-error';

function FieldError({ error }: { error?: string }) {
  return error ? (
    <p id={ERROR_ID} className="mt-1 text-sm font-medium text-red-800">
      {error}
    </p>
  ) : null;
}

function Label({ id, htmlFor }: { id: string; htmlFor?: string }) {
  const content = (
    <>
      Nhân rộng từ điển hình <span className="font-normal text-stone-600">(không bắt buộc)</span>
    </>
  );
  return htmlFor ? (
    <label id={id} htmlFor={htmlFor} className={labelClass}>
      {content}
    </label>
  ) : (
    <p id={id} className={labelClass}>
      {content}
    </p>
  );
}

export function ExamplePicker(props: ExamplePickerProps) {
  return useHydrated() ? <ExampleCombobox {...props} /> : <ExampleFallback {...props} />;
}

/** The saved choice still posts without JavaScript; only changing it needs the search. */
function ExampleFallback({ defaultValue, error }: ExamplePickerProps) {
  return (
    <div>
      <input type="hidden" name="replicatesId" value={defaultValue?.id ?? ''} />
      <p className="text-sm text-stone-700">
        {defaultValue && (
          <>
            Nhân rộng từ: <span className="font-medium text-stone-900">{defaultValue.title}</span>.{' '}
          </>
        )}
        Cần bật JavaScript để chọn điển hình được nhân rộng.
      </p>
      <FieldError error={error} />
    </div>
  );
}

function ExampleCombobox({ defaultValue, error, onChange }: ExamplePickerProps) {
  const baseId = useId();
  const labelId = `${baseId}-label`;
  const hintId = `${baseId}-hint`;
  const valueId = `${baseId}-value`;
  const errorId = error ? ERROR_ID : undefined;

  const [chosen, setChosen] = useState<ExampleValue | null>(defaultValue);
  const hiddenRef = useRef<HTMLInputElement>(null);
  const clearRef = useRef<HTMLButtonElement>(null);

  const box = useCombobox<ExampleMatch>({
    baseId,
    makeLookup: (onState) => createLookup({ url: exampleLookupUrl, parse: parseExampleMatches, onState }),
    noMatch: 'Không tìm thấy điển hình nào',
    onChoose(item) {
      commit({ id: exampleValue(item), title: item.title }, `Đã chọn ${item.title}`);
      clearRef.current?.focus();
    },
  });

  function commit(next: ExampleValue | null, note: string) {
    // Synchronously, so the hidden input holds the new value before the form hears of it and
    // the control that takes the focus already exists.
    flushSync(() => {
      setChosen(next);
      box.announce(note);
    });
    notifyForm(hiddenRef.current);
    onChange?.(next);
  }

  function clear() {
    commit(null, 'Đã bỏ chọn điển hình');
    box.inputRef.current?.focus();
  }

  return (
    <div>
      <input ref={hiddenRef} type="hidden" name="replicatesId" value={chosen?.id ?? ''} />
      {chosen ? (
        <div role="group" aria-labelledby={labelId}>
          <Label id={labelId} />
          <div className={`mt-1 flex items-center gap-3 rounded-md border bg-white py-1 pr-1 pl-3 ${error ? 'border-red-700' : 'border-stone-400'}`}>
            <p id={valueId} className="min-w-0 flex-1 py-1 text-base break-words text-stone-900">
              {chosen.title}
            </p>
            <button id={FIELD_ID} ref={clearRef} type="button" onClick={clear} aria-describedby={joinIds(valueId, errorId)} className={secondaryButtonClass}>
              Bỏ chọn
            </button>
          </div>
        </div>
      ) : (
        <>
          <Label id={labelId} htmlFor={FIELD_ID} />
          <div className="relative mt-1">
            <input
              id={FIELD_ID}
              ref={box.inputRef}
              {...box.inputProps}
              aria-invalid={error ? true : undefined}
              aria-describedby={joinIds(hintId, errorId)}
              placeholder="Ví dụ: Ngân hàng bò"
              className={`${controlClass.replace('mt-1 ', '')} min-h-11`}
            />
            <OptionList
              box={box}
              label="Kết quả tìm điển hình"
              itemKey={(item) => item.slug}
              renderItem={(item, words) => (
                <>
                  <span className="block text-stone-900">
                    <MatchText text={item.title} words={words} />
                  </span>
                  {(item.place || item.year) && (
                    <>
                      <span className="sr-only">, </span>
                      <span className="mt-0.5 block text-sm text-stone-700">{[item.place, item.year && `năm ${item.year}`].filter(Boolean).join(' · ')}</span>
                    </>
                  )}
                </>
              )}
            />
          </div>
          <p id={hintId} className="mt-1 text-sm text-stone-600">
            Nếu mô hình này học theo một điển hình đã được công nhận, gõ từ 2 chữ trong tên để tìm.
          </p>
        </>
      )}
      <StatusLine message={box.message} onRetry={box.retry} />
      <FieldError error={error} />
    </div>
  );
}
