'use client';

import { useSyncExternalStore, type ReactNode } from 'react';
import { highlight } from '@/lib/examples/highlight';
import { queryWords } from '@/lib/domain/fold';
import { controlClass, labelClass } from './field';
import type { Combobox } from './use-combobox';

// min-h-11: 44 px, a thumb-sized target on a phone.
export const secondaryButtonClass =
  'inline-flex min-h-11 shrink-0 items-center justify-center rounded-md border border-stone-400 bg-white px-4 py-2 text-base font-semibold text-stone-900 hover:bg-stone-50';
// The flex row sets the spacing under the label instead of the control's own margin.
const boxClass = `${controlClass.replace('mt-1 ', '')} min-h-11 min-w-0 flex-1`;

const noSubscribe = () => () => {};

/** False in the server HTML and during hydration, true after: the plain form works until then. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
}

/**
 * Hidden inputs fire no events when script sets them, and React's own onChange ignores hidden
 * inputs, so a form-level autosave listening natively would never hear of the new value.
 */
export function notifyForm(input: HTMLInputElement | null) {
  input?.dispatchEvent(new Event('change', { bubbles: true }));
}

export function joinIds(...ids: (string | false | null | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

interface ComboboxFieldProps<T> {
  box: Combobox<T>;
  label: ReactNode;
  labelId?: string;
  /** Names the popup for screen readers, e.g. "Kết quả tìm xã, phường". */
  listLabel: string;
  placeholder?: string;
  /** Under the box, and part of its description. */
  hint?: ReactNode;
  /** Ids of more text that describes the box, such as the field's error. */
  describedBy?: string;
  invalid?: boolean;
  enterKeyHint?: 'search' | 'done';
  /** Beside the box, such as a button that abandons a change. */
  aside?: ReactNode;
  itemKey: (item: T) => string;
  renderItem: (item: T, words: string[]) => ReactNode;
}

/** The label, the type-ahead box (ARIA 1.2 combobox) and its listbox popup. */
export function ComboboxField<T>({
  box,
  label,
  labelId,
  listLabel,
  placeholder,
  hint,
  describedBy,
  invalid,
  enterKeyHint,
  aside,
  itemKey,
  renderItem,
}: ComboboxFieldProps<T>) {
  const hintId = hint ? `${box.id}-hint` : undefined;
  const words = box.query ? queryWords(box.query) : [];
  return (
    <>
      <label id={labelId} htmlFor={box.id} className={labelClass}>
        {label}
      </label>
      <div className="relative mt-1 flex gap-2">
        <input
          {...box.inputProps}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={joinIds(hintId, describedBy)}
          placeholder={placeholder}
          enterKeyHint={enterKeyHint}
          className={boxClass}
        />
        {aside}
        <ul
          id={box.listId}
          role="listbox"
          aria-label={listLabel}
          hidden={!box.expanded}
          className="absolute inset-x-0 top-full z-20 mt-1 max-h-[min(18rem,45dvh)] overflow-y-auto overscroll-contain rounded-md border border-stone-400 bg-white py-1 shadow-lg"
        >
          {box.items.map((item, index) => (
            <li
              key={itemKey(item)}
              id={box.optionId(index)}
              role="option"
              aria-selected={index === box.active}
              // Keeps focus in the box, so its blur does not close the list before the tap lands.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => box.choose(item)}
              className={`min-h-11 cursor-pointer border-l-4 px-3 py-2 ${index === box.active ? 'border-brand-700 bg-brand-50' : 'border-transparent hover:bg-stone-50'}`}
            >
              {renderItem(item, words)}
            </li>
          ))}
        </ul>
      </div>
      {hint && (
        <p id={hintId} className="mt-1 text-sm text-stone-600">
          {hint}
        </p>
      )}
    </>
  );
}

/**
 * The box's live status line: searching, nothing found, failure (with a retry button), and the
 * number of results for screen readers. Always in the page: a live region that appears
 * together with its text is often not read.
 */
export function ComboboxStatus<T>({ box }: { box: Combobox<T> }) {
  const { message } = box;
  return (
    <>
      <p role="status" aria-live="polite" className="text-sm text-stone-700">
        {message &&
          (message.screenReaderOnly ? (
            <span className="sr-only">{message.text}</span>
          ) : (
            <span className={`mt-1 block ${message.error ? 'font-medium text-red-800' : ''}`}>{message.text}</span>
          ))}
      </p>
      {message?.error && (
        <button type="button" onClick={box.retry} className={`mt-1 ${secondaryButtonClass}`}>
          Thử lại
        </button>
      )}
    </>
  );
}

/** Bold rather than the yellow marks of the results: calmer in a list this dense. */
export function MatchText({ text, words }: { text: string; words: string[] }) {
  return (
    <>
      {highlight(text, words).map((part, i) =>
        part.match ? (
          <strong key={i} className="font-semibold">
            {part.text}
          </strong>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

interface ChosenValueProps {
  labelId: string;
  label: ReactNode;
  valueId: string;
  value: ReactNode;
  invalid?: boolean;
  /** The button that changes or clears the choice. */
  action: ReactNode;
}

/** A picker's current choice, shown in place of its box until the person asks to change it. */
export function ChosenValue({ labelId, label, valueId, value, invalid, action }: ChosenValueProps) {
  return (
    <div role="group" aria-labelledby={labelId}>
      <p id={labelId} className={labelClass}>
        {label}
      </p>
      <div className={`mt-1 flex items-center gap-3 rounded-md border bg-white py-1 pr-1 pl-3 ${invalid ? 'border-red-700' : 'border-stone-400'}`}>
        <p id={valueId} className="min-w-0 flex-1 py-1 text-base break-words text-stone-900">
          {value}
        </p>
        {action}
      </div>
    </div>
  );
}
