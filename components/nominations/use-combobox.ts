'use client';

import { useEffect, useRef, useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import { MAX_QUERY_LENGTH } from '@/components/examples/commune-lookup';
import { comboboxKey, lookupMessage, type Lookup, type LookupMessage, type LookupState } from './combobox-state';

export interface ComboboxOptions<T> {
  /** Prefix for the list and option ids (from useId). */
  baseId: string;
  /** Called once per mount; later values are ignored. */
  makeLookup: (onState: (state: LookupState<T>) => void) => Lookup;
  /** Status text when a search finds nothing. */
  noMatch: string;
  onChoose: (item: T) => void;
  /** Escape on an empty, closed box; without it Escape there does nothing. */
  onDismiss?: () => void;
}

/** Text, lookup, popup and keyboard state of one type-ahead box. */
export function useCombobox<T>({ baseId, makeLookup, noMatch, onChoose, onDismiss }: ComboboxOptions<T>) {
  const listId = `${baseId}-list`;
  const optionId = (index: number) => `${baseId}-option-${index}`;

  const [text, setText] = useState('');
  const [lookup, setLookup] = useState<LookupState<T>>({ status: 'idle' });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [note, setNote] = useState<string | null>(null);
  const lookupRef = useRef<Lookup | null>(null);
  const makeLookupRef = useRef(makeLookup);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const api = makeLookupRef.current((state) => {
      setLookup(state);
      setActive(-1);
      // An answer that lands after the person has moved on must not pop a list over the next field.
      setOpen(state.status === 'done' && state.items.length > 0 && document.activeElement === inputRef.current);
    });
    lookupRef.current = api;
    return () => api.cancel();
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

  function reset() {
    lookupRef.current?.cancel();
    setText('');
    setLookup({ status: 'idle' });
    close();
  }

  function choose(item: T) {
    reset();
    onChoose(item);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter or Escape that confirms an on-screen keyboard's composition is not meant for the list.
    if (event.nativeEvent.isComposing) return;
    const { outcome, preventDefault } = comboboxKey(event.key, event.altKey, {
      expanded,
      active,
      count: items.length,
      hasText: text !== '',
      canDismiss: Boolean(onDismiss),
    });
    if (preventDefault) event.preventDefault();
    switch (outcome.kind) {
      case 'highlight':
        setOpen(true);
        setActive(outcome.active);
        return;
      case 'choose':
        choose(items[outcome.index]!);
        return;
      case 'close':
        close();
        return;
      case 'clear':
        reset();
        return;
      case 'dismiss':
        onDismiss?.();
        return;
      case 'none':
        return;
    }
  }

  const inputProps: InputHTMLAttributes<HTMLInputElement> = {
    type: 'text',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': expanded,
    'aria-controls': listId,
    'aria-activedescendant': expanded && active >= 0 ? optionId(active) : undefined,
    autoComplete: 'off',
    spellCheck: false,
    maxLength: MAX_QUERY_LENGTH,
    value: text,
    onChange: (event) => {
      setText(event.target.value);
      setNote(null);
      lookupRef.current?.search(event.target.value);
    },
    onKeyDown,
    onBlur: close,
    onClick: () => {
      if (items.length > 0) setOpen(true);
    },
  };

  const message: LookupMessage | null = note ? { text: note, screenReaderOnly: true, error: false } : lookupMessage(lookup, noMatch);

  return {
    inputRef,
    inputProps,
    listRef,
    listId,
    optionId,
    items,
    active,
    expanded,
    /** The words of the query the shown items answer, for highlighting. */
    query: lookup.status === 'done' ? lookup.query : '',
    message,
    choose,
    reset,
    /** Puts a sentence in the status line until the next keystroke (e.g. "Đã chọn …"). */
    announce: setNote,
    retry() {
      lookupRef.current?.cancel();
      lookupRef.current?.search(text);
      // Back in the box, so the answer opens the list (it stays shut for a box without focus).
      inputRef.current?.focus();
    },
  };
}

export type Combobox<T> = ReturnType<typeof useCombobox<T>>;
