'use client';

import { useEffect } from 'react';
import { island } from '@/components/layout/island';

const AREA_LEVELS = ['province', 'district', 'commune'];

/**
 * Progressive enhancement for the filter form: a changed select submits at once, and a
 * changed area level clears the levels below it (they belonged to the old choice).
 * Without JavaScript the form's button does the same job.
 */
function SubmitOnChange({ formId }: { formId: string }) {
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const onChange = (event: Event) => {
      const target = event.target;
      if (!(target instanceof HTMLSelectElement)) return;
      const level = AREA_LEVELS.indexOf(target.name);
      if (level >= 0) {
        for (const name of AREA_LEVELS.slice(level + 1)) {
          const below = form.elements.namedItem(name);
          if (below instanceof HTMLSelectElement) below.value = '';
        }
      }
      form.requestSubmit();
    };
    // Back to this page from the back-forward cache brings back the choices made just before
    // leaving; the page shows the results of its own address, so the form should too.
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) form.reset();
    };
    const onSubmit = () => {
      // Empty fields stay out of the address, so shared links stay short.
      const empty = Array.from(form.elements).filter(
        (element) => (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) && element.name && !element.disabled && element.value === '',
      ) as (HTMLInputElement | HTMLSelectElement)[];
      for (const field of empty) field.disabled = true;
      setTimeout(() => {
        for (const field of empty) field.disabled = false;
      });
    };
    form.addEventListener('change', onChange);
    window.addEventListener('pageshow', onPageShow);
    form.addEventListener('submit', onSubmit);
    return () => {
      form.removeEventListener('change', onChange);
      window.removeEventListener('pageshow', onPageShow);
      form.removeEventListener('submit', onSubmit);
    };
  }, [formId]);
  return null;
}

export const AutoSubmit = island('auto-submit', SubmitOnChange);
