'use client';

import { createContext } from 'react';

/**
 * True inside a page rendered by react-dom/server without Next (scripts/plain-pages.tsx): nothing there
 * hydrates, so a client component whose use needs its script offers a way to a page Next renders instead.
 */
export const RenderedWithoutNext = createContext(false);
