'use client';

import { useEffect } from 'react';
import { island } from '@/components/layout/island';

/** Tailwind's `lg` breakpoint, where the filters sit in a side column and need no folding. */
const WIDE = '(min-width: 64rem)';
const REOPEN_KEY = 'guong-sang:bo-loc-mo';

/**
 * Enhances the filters' <details>. CSS already shows the panel on wide screens; opening it
 * as well keeps the summary's state truthful and covers browsers without ::details-content.
 * Choosing a province or district reloads the page to list what lies under it; the panel is
 * reopened after that reload, because the next step is usually to pick from that list.
 */
function OpenWhenWide({ detailsId }: { detailsId: string }) {
  useEffect(() => {
    const details = document.getElementById(detailsId);
    if (!(details instanceof HTMLDetailsElement)) return;
    const wide = window.matchMedia(WIDE);
    const openIfWide = () => {
      if (wide.matches) details.open = true;
    };
    openIfWide();
    wide.addEventListener('change', openIfWide);

    try {
      if (sessionStorage.getItem(REOPEN_KEY)) {
        sessionStorage.removeItem(REOPEN_KEY);
        details.open = true;
      }
    } catch {
      // Storage can be blocked (private modes); the panel then simply stays folded.
    }
    const remember = (event: Event) => {
      const target = event.target;
      if (!(target instanceof HTMLSelectElement) || !target.value) return;
      if (target.name !== 'province' && target.name !== 'district') return;
      try {
        sessionStorage.setItem(REOPEN_KEY, '1');
      } catch {
        // As above: nothing to remember with, nothing lost but a tap.
      }
    };
    details.addEventListener('change', remember);
    return () => {
      wide.removeEventListener('change', openIfWide);
      details.removeEventListener('change', remember);
    };
  }, [detailsId]);
  return null;
}

export const FilterDisclosure = island('filter-disclosure', OpenWhenWide);
