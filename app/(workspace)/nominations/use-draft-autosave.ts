'use client';

import { useCallback, useEffect, useEffectEvent, useRef, useState, type RefObject } from 'react';
import type { ActionResult } from '@/lib/outcome';
import type { SavedDraft } from './actions';

export type SaveStatus = 'idle' | 'dirty' | 'saving' | 'saved' | 'offline' | 'invalid' | 'conflict' | 'gone';

export interface SaveState {
  status: SaveStatus;
  savedAt: string | null;
  message: string | null;
  fieldErrors: Record<string, string>;
  conflict: { version: number; updatedAt: string; updatedBy: string | null } | null;
  restoredAt: string | null;
}

const AUTOSAVE_DELAY_MS = 2500;
// Picker fields show a label chosen in their own widget; restoring only their hidden value would mislead.
const NOT_RESTORED = new Set(['communeTree', 'communeCode', 'replicatesId', 'id', 'version', 'clientKey']);

interface Options {
  formRef: RefObject<HTMLFormElement | null>;
  initial: { id: string | null; version: number; clientKey: string; savedAt: string | null };
  save: (data: FormData) => Promise<ActionResult<SavedDraft>>;
  onRestore: (values: Record<string, string>) => void;
  onCreated: (id: string) => void;
}

function snapshotOf(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new FormData(form)) if (typeof v === 'string' && !k.startsWith('$')) out[k] = v;
  return out;
}

// A form not yet saved has no id; its text waits under one key per browser (with its client key,
// so the first save after a reload is still the same nomination).
const NEW_FORM_KEY = 'guong-sang:ho-so:moi';
const keyFor = (id: string | null) => (id ? `guong-sang:ho-so:${id}` : NEW_FORM_KEY);

/**
 * Nothing typed is lost: every change is kept in this browser at once and saved to the server after a
 * pause (or when the connection returns). A save that meets a newer version is refused by the server;
 * the state then says who saved and when, and the user chooses.
 */
export function useDraftAutosave({ formRef, initial, save, onRestore, onCreated }: Options) {
  const ids = useRef({ id: initial.id, version: initial.version, clientKey: initial.clientKey });
  const [state, setState] = useState<SaveState>({
    status: initial.savedAt ? 'saved' : 'idle',
    savedAt: initial.savedAt,
    message: null,
    fieldErrors: {},
    conflict: null,
    restoredAt: null,
  });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const edits = useRef(0);
  const inFlight = useRef<Promise<void> | null>(null);
  const statusRef = useRef(state.status);
  // While the nomination is being submitted, no autosave may slip in and bump its version.
  const held = useRef(false);
  const statusAfterSave = useRef<SaveStatus>(state.status);
  useEffect(() => {
    statusRef.current = state.status;
  }, [state.status]);

  const storageKey = () => keyFor(ids.current.id);

  const keepLocally = useCallback(() => {
    const form = formRef.current;
    if (!form) return;
    try {
      localStorage.setItem(storageKey(), JSON.stringify({ values: snapshotOf(form), at: new Date().toISOString(), clientKey: ids.current.clientKey }));
    } catch {
      // Storage full or blocked: the server save still runs.
    }
  }, [formRef]);

  const saveNow = useCallback(async (): Promise<void> => {
    const form = formRef.current;
    if (!form) return;
    if (inFlight.current) await inFlight.current;
    if (typeof navigator !== 'undefined' && !navigator.onLine) {
      statusAfterSave.current = 'offline';
      setState((s) => ({ ...s, status: 'offline', message: null }));
      return;
    }
    const startedAt = edits.current;
    const data = new FormData(form);
    data.set('id', ids.current.id ?? '');
    data.set('version', String(ids.current.version));
    data.set('clientKey', ids.current.clientKey);
    setState((s) => ({ ...s, status: 'saving' }));
    const run = (async () => {
      let result: ActionResult<SavedDraft>;
      try {
        result = await save(data);
      } catch {
        statusAfterSave.current = 'offline';
        setState((s) => ({ ...s, status: 'offline', message: null }));
        return;
      }
      if (result.status === 'ok') {
        // A save always answers with the draft it saved.
        const saved = result.data!;
        const wasNew = !ids.current.id;
        ids.current = { ...ids.current, id: saved.id, version: saved.version };
        if (wasNew) {
          try {
            localStorage.removeItem(NEW_FORM_KEY);
          } catch {}
          onCreated(saved.id);
        }
        if (edits.current === startedAt) {
          try {
            localStorage.removeItem(storageKey());
          } catch {}
        } else keepLocally();
        statusAfterSave.current = edits.current === startedAt ? 'saved' : 'dirty';
        setState((s) => ({ ...s, status: statusAfterSave.current, savedAt: saved.savedAt, message: null, fieldErrors: {}, conflict: null }));
      } else if (result.conflict) {
        statusAfterSave.current = 'conflict';
        setState((s) => ({ ...s, status: 'conflict', message: result.message, conflict: result.conflict ?? null }));
      } else {
        statusAfterSave.current = result.notFound ? 'gone' : 'invalid';
        setState((s) => ({ ...s, status: result.notFound ? 'gone' : 'invalid', message: result.message, fieldErrors: result.fieldErrors ?? {} }));
      }
    })();
    inFlight.current = run;
    await run;
    inFlight.current = null;
  }, [formRef, save, keepLocally, onCreated]);

  const changed = useCallback(() => {
    edits.current += 1;
    keepLocally();
    if (held.current) return;
    setState((s) => (s.status === 'conflict' || s.status === 'gone' ? s : { ...s, status: 'dirty' }));
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (statusRef.current !== 'conflict' && statusRef.current !== 'gone') void saveNow();
    }, AUTOSAVE_DELAY_MS);
  }, [keepLocally, saveNow]);

  /** Keep my text: save it over the version someone else saved. */
  const overwrite = useCallback(async () => {
    if (!state.conflict) return;
    ids.current.version = state.conflict.version;
    setState((s) => ({ ...s, conflict: null, status: 'dirty' }));
    await saveNow();
  }, [state.conflict, saveNow]);

  /** Drop my unsaved text and show the saved version. */
  const discard = useCallback(() => {
    try {
      localStorage.removeItem(storageKey());
    } catch {}
    window.location.reload();
  }, []);

  // Effect events: the mount effect below reads the latest callbacks without re-running when they change.
  const restoreKept = useEffectEvent((form: HTMLFormElement) => {
    try {
      const kept = localStorage.getItem(storageKey());
      if (kept) {
        const { values, at, clientKey } = JSON.parse(kept) as { values: Record<string, string>; at: string; clientKey?: string };
        if (!ids.current.id && clientKey) ids.current.clientKey = clientKey;
        const current = snapshotOf(form);
        const differs = Object.entries(values).some(([k, v]) => !NOT_RESTORED.has(k) && current[k] !== undefined && current[k] !== v);
        if (differs) {
          const restorable = Object.fromEntries(Object.entries(values).filter(([k]) => !NOT_RESTORED.has(k)));
          onRestore(restorable);
          setState((s) => ({ ...s, status: 'dirty', restoredAt: at }));
          edits.current += 1;
          timer.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
        }
      }
    } catch {}
  });
  const onOnline = useEffectEvent(() => void saveNow());

  // Once per mounted form (the form ref never changes): restoring twice would repeat the notice.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    restoreKept(form);
    const online = () => onOnline();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [formRef]);

  /** Saves what is on screen and holds autosave; the version to submit, or null if the save failed. */
  const holdForSubmit = useCallback(async (): Promise<number | null> => {
    held.current = true;
    if (timer.current) clearTimeout(timer.current);
    await saveNow();
    if (statusAfterSave.current === 'saved') return ids.current.version;
    held.current = false;
    return null;
  }, [saveNow]);

  const release = useCallback(() => {
    held.current = false;
  }, []);

  return { state, changed, saveNow, overwrite, discard, holdForSubmit, release, ids };
}
