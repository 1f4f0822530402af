'use client';

import { useContext, type ComponentType, type ReactElement } from 'react';
import { RenderedWithoutNext } from './plain-page';

/** The client components that a page rendered without Next brings to life with its own script (scripts/islands.tsx). */
export type IslandName = 'auto-submit' | 'filter-disclosure' | 'commune-search';

/** Where an island's root goes: its name and props, and no box of its own (`contents`), so the layout is Next's. */
export const ISLAND_ATTRIBUTE = 'data-island';
export const ISLAND_PROPS_ATTRIBUTE = 'data-island-props';

/**
 * `Component` as Next renders it; in a page rendered without Next, a mark that the islands script mounts it on.
 * Only for components that render nothing on the server (their work starts in the browser), so nothing is
 * hydrated and the page looks the same before the script runs.
 */
export function island<P extends object>(name: IslandName, Component: ComponentType<P>): (props: P) => ReactElement {
  function Island(props: P) {
    if (!useContext(RenderedWithoutNext)) return <Component {...props} />;
    return <div {...{ [ISLAND_ATTRIBUTE]: name, [ISLAND_PROPS_ATTRIBUTE]: JSON.stringify(props) }} className="contents" />;
  }
  Island.displayName = `Island(${name})`;
  return Island;
}
