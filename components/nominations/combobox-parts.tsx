'use client';

import { useSyncExternalStore, type ReactNode } from 'react';
import { highlight } from '@/lib/examples/highlight';
import { queryWords } from '@/lib/domain/fold';
import type { LookupMessage } from './combobox-state';
import type { Combobox } from './use-combobox';

export const labelClass = 'block text-sm font-medium text-stone-900';
// min-h-11: 44 px, a thumb-sized target on a phone.
export const secondaryButtonClass =
  'inline-flex min-h-11 shrink-0 items-center justify-center rounded-md border border-stone-400 bg-white px-4 py-2 text-base font-semibold text-stone-900 hover:bg-stone-50';

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

interface OptionListProps<T> {
  box: Combobox<T>;
  label: string;
  itemKey: (item: T) => string;
  renderItem: (item: T, words: string[]) => ReactNode;
}

export function OptionList<T>({ box, label, itemKey, renderItem }: OptionListProps<T>) {
  const words = box.query ? queryWords(box.query) : [];
  return (
    <ul
      ref={box.listRef}
      id={box.listId}
      role="listbox"
      aria-label={label}
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

/** Always in the page: a live region that appears together with its text is often not read. */
export function StatusLine({ message, onRetry }: { message: LookupMessage | null; onRetry: () => void }) {
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
        <button type="button" onClick={onRetry} className={`mt-1 ${secondaryButtonClass}`}>
          Thử lại
        </button>
      )}
    </>
  );
}
