'use client';

import { useEffect, useRef, useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import {
  comboboxKey,
  createLookup,
  lookupMessage,
  MAX_QUERY_LENGTH,
  type Lookup,
  type LookupMessage,
  type LookupSource,
  type LookupState,
  type LookupWording,
} from './combobox-state';

interface ComboboxOptions<T> {
  /** The text box's id; the list's and the options' ids are made from it. */
  id: string;
  /** What to look up. Read once per mount; later values are ignored. */
  source: LookupSource<T>;
  wording: LookupWording;
  onChoose: (item: T) => void;
  /** The text left in the box after a choice; empty unless given. */
  textAfterChoice?: (item: T) => string;
  /** Escape on an empty, closed box; without it Escape there does nothing. */
  onDismiss?: () => void;
}

/** Whether the text box itself has the focus (a picker's "Đổi" button may take over its id). */
function hasFocus(id: string): boolean {
  const focused = document.activeElement;
  return focused instanceof HTMLInputElement && focused.id === id;
}

/**
 * Text, lookup, popup and keyboard state of one type-ahead box. It holds no DOM refs: it finds
 * its box by id, so what it returns is plain render data and event handlers.
 */
export function useCombobox<T>({ id, source, wording, onChoose, textAfterChoice, onDismiss }: ComboboxOptions<T>) {
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;

  const [text, setText] = useState('');
  const [lookup, setLookup] = useState<LookupState<T>>({ status: 'idle' });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [note, setNote] = useState<LookupMessage | null>(null);
  const lookupRef = useRef<Lookup | null>(null);
  const sourceRef = useRef(source);

  useEffect(() => {
    const api = createLookup({
      ...sourceRef.current,
      onState: (state) => {
        setLookup(state);
        setActive(-1);
        // An answer that lands after the person has moved on must not pop a list over the next field.
        setOpen(state.status === 'done' && state.items.length > 0 && hasFocus(id));
      },
    });
    lookupRef.current = api;
    // Back from the next page may restore this one from the back-forward cache mid-choice
    // ("Đang lọc…"); the choice has been made by then, so the box starts over.
    const onPageShow = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      api.cancel();
      setText('');
      setLookup({ status: 'idle' });
      setNote(null);
      setOpen(false);
      setActive(-1);
    };
    window.addEventListener('pageshow', onPageShow);
    return () => {
      api.cancel();
      window.removeEventListener('pageshow', onPageShow);
    };
  }, [id]);

  useEffect(() => {
    if (active >= 0) document.getElementById(`${id}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [id, active]);

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
    if (textAfterChoice) setText(textAfterChoice(item));
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
    id,
    type: 'text',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': expanded,
    'aria-controls': listId,
    'aria-activedescendant': expanded && active >= 0 ? optionId(active) : undefined,
    autoComplete: 'off',
    autoCapitalize: 'off',
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

  const focus = () => document.getElementById(id)?.focus();

  return {
    id,
    listId,
    optionId,
    inputProps,
    items,
    active,
    expanded,
    /** The words of the query the shown items answer, for highlighting. */
    query: lookup.status === 'done' ? lookup.query : '',
    message: note ?? lookupMessage(lookup, wording),
    choose,
    reset,
    focus,
    /** Puts a sentence in the status line until the next keystroke; read out only unless `visible`. */
    announce(sentence: string | null, visible = false) {
      setNote(sentence ? { text: sentence, screenReaderOnly: !visible, error: false } : null);
    },
    retry() {
      lookupRef.current?.cancel();
      lookupRef.current?.search(text);
      // Back in the box, so the answer opens the list (it stays shut for a box without focus).
      focus();
    },
  };
}

export type Combobox<T> = ReturnType<typeof useCombobox<T>>;
