/**
 * What Next's compiler makes of a `'use server'` export imported by a client component, for pages rendered
 * by `react-dom/server` alone (scripts/plain-pages.tsx). The function is never called here: it
 * carries what React needs to write a form's hidden fields, so that a form in a plain page posts exactly
 * what the same form rendered by Next posts, and Next's own action handling answers it.
 */

/** React's description of a form whose action is a server reference (react-dom's ReactCustomFormAction). */
export interface CustomFormAction {
  name: string;
  method: 'POST';
  encType: 'multipart/form-data';
  data: FormData | null;
}

type Reference = ((...args: unknown[]) => never) & { $$FORM_ACTION: (prefix: string) => CustomFormAction };

/**
 * A bound argument as React's reply encoding writes it: JSON, with strings that start with `$` escaped.
 * The forms bind only their plain initial state; anything richer would need the rest of that encoding.
 */
export function encodeBoundArguments(args: unknown[]): string {
  return JSON.stringify(args, function (this: Record<string, unknown>, key: string, value: unknown) {
    // The value before toJSON: a Date would reach here as a string, where React writes "$D…".
    const original = this[key];
    if (typeof original === 'string') return original.startsWith('$') ? `$${original}` : original;
    if (original === null || typeof original === 'number' || typeof original === 'boolean' || Array.isArray(original)) return value;
    if (typeof original === 'object' && Object.getPrototypeOf(original) === Object.prototype) return value;
    throw new Error(`Không mã hóa được đối số gắn với hành động: ${original instanceof Object ? original.constructor.name : typeof original}`);
  });
}

function notCallable(): never {
  throw new Error('Hành động máy chủ chỉ được gọi qua Next, không gọi trực tiếp trong trang dựng sẵn.');
}

/** `id` is read when a form is rendered, so a missing build manifest fails that render, not the import. */
export function serverReference(id: () => string): Reference {
  const bind = (args: unknown[]): Reference => {
    const bound = ((..._: unknown[]) => notCallable()) as Reference;
    bound.$$FORM_ACTION = (prefix) => {
      if (args.length === 0) return { name: `$ACTION_ID_${id()}`, method: 'POST', encType: 'multipart/form-data', data: null };
      const field = `$ACTION_${prefix}:`;
      const data = new FormData();
      // The root part names the action and points at part 1, the bound arguments (React's "$@1").
      data.append(`${field}0`, JSON.stringify({ id: id(), bound: '$@1' }));
      data.append(`${field}1`, encodeBoundArguments(args));
      return { name: `$ACTION_REF_${prefix}`, method: 'POST', encType: 'multipart/form-data', data };
    };
    Object.defineProperty(bound, 'bind', { value: (_this: unknown, ...more: unknown[]) => bind([...args, ...more]) });
    return bound;
  };
  return bind([]);
}
