// The browser entry of the islands script (scripts/compile-server.mjs): a page rendered without Next
// (scripts/plain-pages.tsx) marks where its interactive parts go; this mounts each one in its own root.
// Those parts render nothing on the server, so there is nothing to hydrate and no markup to match. The bundle
// runs them on preact/compat (scripts/compile-server.mjs), which ignores identifierPrefix: of the islands only
// the commune type-ahead takes ids from useId, and a page has one.
import { createElement, type FunctionComponent, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { AutoSubmit } from '@/components/examples/auto-submit';
import { CommuneSearch } from '@/components/examples/commune-search';
import { FilterDisclosure } from '@/components/examples/filter-disclosure';
import { ISLAND_ATTRIBUTE, ISLAND_PROPS_ATTRIBUTE, type IslandName } from '@/components/layout/island';

const ISLANDS: Record<IslandName, (props: never) => ReactNode> = {
  'auto-submit': AutoSubmit,
  'commune-search': CommuneSearch,
  'filter-disclosure': FilterDisclosure,
};

document.querySelectorAll<HTMLElement>(`[${ISLAND_ATTRIBUTE}]`).forEach((mark, index) => {
  const component = ISLANDS[mark.getAttribute(ISLAND_ATTRIBUTE) as IslandName];
  if (!component) return;
  const props = JSON.parse(mark.getAttribute(ISLAND_PROPS_ATTRIBUTE) ?? '{}') as object;
  // Every root counts its useId from zero: a prefix of its own keeps two islands' ids apart.
  createRoot(mark, { identifierPrefix: `island${index}-` }).render(createElement(component as FunctionComponent<object>, props));
});
