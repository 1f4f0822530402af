import { createElement, useActionState } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { encodeBoundArguments, serverReference } from '@/lib/plain-pages/server-reference';

const ID = '603cc2d71b2c25d747b4a2acec910ec9ab224526e6';

function hiddenFields(html: string): [string, string][] {
  return [...html.matchAll(/<input type="hidden" name="([^"]*)"(?: value="([^"]*)")?\/>/g)].map(([, name, value]) => [
    name!,
    (value ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&'),
  ]);
}

type Action = (state: { status: string; note: string }, data: FormData) => { status: string; note: string };

function StatefulForm({ action, permalink }: { action: Action; permalink?: string }) {
  const [, dispatch] = useActionState(action, { status: 'idle', note: '$5' }, permalink);
  return createElement('form', { action: dispatch }, createElement('button', null, 'Gửi'));
}

describe('a server reference outside Next', () => {
  it("writes the fields Next's own form carries: the action, its bound state and the permalink's state key", () => {
    const html = renderToString(createElement(StatefulForm, { action: serverReference(() => ID) as unknown as Action, permalink: '/examples/ngan-hang-bo' }));
    expect(html).toContain('action="/examples/ngan-hang-bo"');
    expect(html).toContain('encType="multipart/form-data"');
    expect(html).toContain('method="POST"');
    const fields = hiddenFields(html);
    const prefix = fields[0]![0].replace('$ACTION_REF_', '');
    expect(fields).toEqual([
      [`$ACTION_REF_${prefix}`, ''],
      [`$ACTION_${prefix}:0`, JSON.stringify({ id: ID, bound: '$@1' })],
      // React's reply encoding escapes a string that starts with "$".
      [`$ACTION_${prefix}:1`, '[{"status":"idle","note":"$$5"}]'],
      ['$ACTION_KEY', 'p/examples/ngan-hang-bo'],
    ]);
  });

  it('names an action used without bound arguments by its id alone', () => {
    const html = renderToString(createElement('form', { action: serverReference(() => ID) as never }, 'x'));
    expect(hiddenFields(html)).toEqual([[`$ACTION_ID_${ID}`, '']]);
  });

  it('is never run outside Next', () => {
    const reference = serverReference(() => ID);
    expect(() => reference()).toThrow(/chỉ được gọi qua Next/);
    expect(() => reference.bind(null, 1)()).toThrow(/chỉ được gọi qua Next/);
  });

  it('refuses a bound argument it cannot encode as React would', () => {
    expect(encodeBoundArguments([{ status: 'idle', values: { name: '$x' } }, null, 3, true])).toBe('[{"status":"idle","values":{"name":"$$x"}},null,3,true]');
    expect(() => encodeBoundArguments([new Date(0)])).toThrow(/Không mã hóa được/);
    expect(() => encodeBoundArguments([new Map()])).toThrow(/Không mã hóa được/);
    expect(() => encodeBoundArguments([{ a: undefined }])).toThrow(/Không mã hóa được/);
  });
});
