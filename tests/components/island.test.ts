import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { island } from '@/components/layout/island';
import { RenderedWithoutNext } from '@/components/layout/plain-page';

const Greeting = island('commune-search', ({ formId }: { formId: string }) => createElement('p', null, `form ${formId}`));

describe('an island', () => {
  it('is its component where Next renders the page, with nothing added around it', () => {
    expect(renderToStaticMarkup(createElement(Greeting, { formId: 'bo-loc' }))).toBe('<p>form bo-loc</p>');
  });

  it('is a mark naming it, with its props, in a page rendered without Next: the islands script mounts it there', () => {
    const html = renderToStaticMarkup(createElement(RenderedWithoutNext.Provider, { value: true }, createElement(Greeting, { formId: 'bo-loc "x"' })));
    expect(html).toBe(
      '<div data-island="commune-search" data-island-props="{&quot;formId&quot;:&quot;bo-loc \\&quot;x\\&quot;&quot;}" class="contents"></div>',
    );
    const props = /data-island-props="([^"]*)"/.exec(html)![1]!.replaceAll('&quot;', '"');
    expect(JSON.parse(props)).toEqual({ formId: 'bo-loc "x"' });
  });
});
