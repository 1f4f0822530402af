'use client';

import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { ChosenValue, ComboboxField, ComboboxStatus, joinIds, MatchText, notifyForm, secondaryButtonClass, useHydrated } from '@/components/ui/combobox';
import { FieldError } from '@/components/ui/field';
import { useCombobox } from '@/components/ui/use-combobox';
import { exampleSource, exampleValue, type ExampleMatch } from './example-lookup';

interface ExampleValue {
  /** The nomination uuid; from a fresh search it is the slug while the API gives no id (see exampleValue). */
  id: string;
  title: string;
}

interface ExamplePickerProps {
  defaultValue: ExampleValue | null;
  error?: string;
  /** Called with null when the choice is cleared. */
  onChange?: (value: ExampleValue | null) => void;
  /** Another form's field (a follow-up's replication) posts under its own name, label and hint. */
  name?: string;
  label?: React.ReactNode;
  hint?: string;
}

const FIELD_ID = 'replicatesId';
const ERROR_ID = 'replicatesId-error';
const LABEL = (
  <>
    Nhân rộng từ điển hình <span className="font-normal text-stone-600">(không bắt buộc)</span>
  </>
);

/** The published example a model replicates: a type-ahead over the public API, posting replicatesId. */
export function ExamplePicker(props: ExamplePickerProps) {
  return useHydrated() ? <ExampleTypeahead {...props} /> : <ExampleFallback {...props} />;
}

/** The saved choice still posts without JavaScript; only changing it needs the search. */
function ExampleFallback({ defaultValue, error, name = FIELD_ID }: ExamplePickerProps) {
  return (
    <div>
      <input type="hidden" name={name} value={defaultValue?.id ?? ''} />
      <p className="text-sm text-stone-700">
        {defaultValue && (
          <>
            Nhân rộng từ: <span className="font-medium text-stone-900">{defaultValue.title}</span>.{' '}
          </>
        )}
        Cần bật JavaScript để chọn điển hình được nhân rộng.
      </p>
      <FieldError id={ERROR_ID} error={error} />
    </div>
  );
}

function ExampleOption({ item, words }: { item: ExampleMatch; words: string[] }) {
  return (
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
  );
}

function ExampleTypeahead({ defaultValue, error, onChange, name = FIELD_ID, label = LABEL, hint }: ExamplePickerProps) {
  const labelId = `${FIELD_ID}-label`;
  const valueId = `${FIELD_ID}-value`;
  const errorId = error ? ERROR_ID : undefined;

  const [chosen, setChosen] = useState<ExampleValue | null>(defaultValue);
  const hiddenRef = useRef<HTMLInputElement>(null);
  const clearRef = useRef<HTMLButtonElement>(null);

  const box = useCombobox<ExampleMatch>({
    id: FIELD_ID,
    source: exampleSource,
    wording: { noMatch: 'Không tìm thấy điển hình nào' },
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
    box.focus();
  }

  return (
    <div>
      <input ref={hiddenRef} type="hidden" name={name} value={chosen?.id ?? ''} />
      {chosen ? (
        <ChosenValue
          labelId={labelId}
          label={label}
          valueId={valueId}
          value={chosen.title}
          invalid={Boolean(error)}
          action={
            <button id={FIELD_ID} ref={clearRef} type="button" onClick={clear} aria-describedby={joinIds(valueId, errorId)} className={secondaryButtonClass}>
              Bỏ chọn
            </button>
          }
        />
      ) : (
        <ComboboxField
          box={box}
          label={label}
          labelId={labelId}
          listLabel="Kết quả tìm điển hình"
          placeholder="Ví dụ: Ngân hàng bò"
          hint={hint ?? 'Nếu mô hình này học theo một điển hình đã được công nhận, gõ từ 2 chữ trong tên để tìm.'}
          describedBy={errorId}
          invalid={Boolean(error)}
          itemKey={(item) => item.slug}
          renderItem={(item, words) => <ExampleOption item={item} words={words} />}
        />
      )}
      <ComboboxStatus box={box} />
      <FieldError id={ERROR_ID} error={error} />
    </div>
  );
}
