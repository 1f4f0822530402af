'use client';

import { useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { highlight } from '@/lib/examples/highlight';
import { queryWords } from '@/lib/domain/fold';
import { createCommuneLookup, MAX_QUERY_LENGTH, moveActive, TREE_SHORT_LABELS, type CommuneMatch, type LookupState } from './commune-lookup';

const noSubscribe = () => () => {};

/**
 * Type-ahead for a commune of either tree. It needs JavaScript to do anything, so it is not
 * in the server HTML at all: without JavaScript the province → district → commune selects
 * remain the way to choose.
 */
export function CommuneSearch({ formId }: { formId: string }) {
  const hydrated = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
  return hydrated ? <CommuneCombobox formId={formId} /> : null;
}

function CommuneCombobox({ formId }: { formId: string }) {
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const optionId = (index: number) => `${id}-option-${index}`;

  const [text, setText] = useState('');
  const [lookup, setLookup] = useState<LookupState>({ status: 'idle' });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [chosen, setChosen] = useState<CommuneMatch | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const lookupRef = useRef<ReturnType<typeof createCommuneLookup>>(null);

  useEffect(() => {
    const lookupApi = createCommuneLookup({
      onState: (state) => {
        setLookup(state);
        setActive(-1);
        setOpen(state.status === 'done' && state.items.length > 0);
      },
    });
    lookupRef.current = lookupApi;
    // Back from the filtered page may restore this page from the back-forward cache, still
    // saying "Đang lọc…"; the choice has been made by then, so the box starts over.
    const onPageShow = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      setText('');
      setChosen(null);
      setLookup({ status: 'idle' });
    };
    window.addEventListener('pageshow', onPageShow);
    return () => {
      lookupApi.cancel();
      window.removeEventListener('pageshow', onPageShow);
    };
  }, []);

  useEffect(() => {
    if (active >= 0) listRef.current?.children[active]?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const items = lookup.status === 'done' ? lookup.items : [];
  const expanded = open && items.length > 0;

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function choose(item: CommuneMatch) {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const commune = form.elements.namedItem('commune');
    if (!(commune instanceof HTMLSelectElement)) return;
    // The commune names its own province; an older province or district choice could contradict it.
    for (const name of ['province', 'district']) {
      const select = form.elements.namedItem(name);
      if (select instanceof HTMLSelectElement) select.value = '';
    }
    // The select only lists communes under the current choice; the found one may be elsewhere.
    if (!Array.from(commune.options).some((option) => option.value === item.value)) commune.add(new Option(item.name, item.value));
    commune.disabled = false;
    commune.value = item.value;
    lookupRef.current?.cancel();
    setText(item.name);
    setChosen(item);
    close();
    form.requestSubmit();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (items.length === 0) return;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        if (!expanded) {
          setOpen(true);
          // Alt+Down only opens the list, as in a native select.
          setActive(event.altKey ? -1 : moveActive(-1, items.length, step));
        } else {
          setActive(moveActive(active, items.length, step));
        }
        return;
      }
      case 'Enter':
        // This box has no name: submitting the form from it would only repeat the last search.
        event.preventDefault();
        if (expanded && active >= 0) choose(items[active]!);
        return;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          close();
        } else if (text) {
          event.preventDefault();
          setText('');
          lookupRef.current?.cancel();
          setLookup({ status: 'idle' });
        }
        return;
      case 'Tab':
        close();
        return;
    }
  }

  const status = chosen
    ? `Đang lọc theo ${chosen.name}…`
    : lookup.status === 'loading'
      ? 'Đang tìm…'
      : lookup.status === 'error'
        ? 'Chưa tìm được, vui lòng gõ lại hoặc chọn theo danh sách bên dưới.'
        : lookup.status === 'done' && items.length === 0
          ? `Không có xã, phường nào tên “${lookup.query}”.`
          : null;
  // Read out only: sighted users see the list itself.
  const countForScreenReaders =
    lookup.status === 'done' && items.length > 0 && !chosen ? `${items.length} xã, phường phù hợp; dùng phím mũi tên lên, xuống để chọn.` : null;
  const words = lookup.status === 'done' ? queryWords(lookup.query) : [];

  return (
    <div className="relative">
      <label htmlFor={inputId} className="block text-sm font-medium text-stone-800">
        Tìm xã, phường
      </label>
      <input
        id={inputId}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={hintId}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        enterKeyHint="search"
        maxLength={MAX_QUERY_LENGTH}
        placeholder="Ví dụ: Đa Kia, Phú Nghĩa"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setChosen(null);
          lookupRef.current?.search(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
        onClick={() => {
          if (items.length > 0) setOpen(true);
        }}
        className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base"
      />
      <ul
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label="Kết quả tìm xã, phường"
        hidden={!expanded}
        className="absolute inset-x-0 z-20 mt-1 max-h-72 overflow-y-auto rounded-md border border-stone-300 bg-white py-1 shadow-lg"
      >
        {items.map((item, index) => (
          <li
            key={item.value}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            // Keeps focus in the box, so its blur does not close the list before the click lands.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(item)}
            className={`cursor-pointer border-l-4 px-3 py-2 ${index === active ? 'border-brand-700 bg-brand-50' : 'border-transparent hover:bg-stone-50'}`}
          >
            <span className="block text-stone-900">
              {highlight(item.name, words).map((part, i) =>
                // Bold rather than the yellow marks of the results: calmer in a list this dense.
                part.match ? (
                  <strong key={i} className="font-semibold">
                    {part.text}
                  </strong>
                ) : (
                  <span key={i}>{part.text}</span>
                ),
              )}
            </span>
            <span className="sr-only">, </span>
            <span className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-700">
              {item.parent && <span>{item.parent}</span>}
              <span
                className={`rounded border px-1.5 text-xs leading-5 ${item.tree === '2025' ? 'border-emerald-300 bg-emerald-50 text-emerald-900' : 'border-stone-300 bg-stone-100 text-stone-800'}`}
              >
                <span className="sr-only">, </span>Địa giới {TREE_SHORT_LABELS[item.tree]}
              </span>
            </span>
          </li>
        ))}
      </ul>
      <p id={hintId} className="mt-1 text-xs text-stone-600">
        Gõ từ 2 chữ, có dấu hoặc không dấu.
      </p>
      {/* Always in the page: a live region that appears together with its text is often not read. */}
      <p role="status" className="text-sm text-stone-700">
        {status && <span className="mt-1 block">{status}</span>}
        {countForScreenReaders && <span className="sr-only">{countForScreenReaders}</span>}
      </p>
    </div>
  );
}
