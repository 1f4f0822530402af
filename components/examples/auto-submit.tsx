'use client';

import { useEffect, useRef } from 'react';

/**
 * Progressive enhancement for the filter form: a changed select submits at once, and a
 * changed area level clears the levels below it (they belonged to the old choice).
 * Without JavaScript the form's button does the same job.
 */
export function AutoSubmit({ formId }: { formId: string }) {
  const attached = useRef(false);
  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!form || attached.current) return;
    attached.current = true;
    const order = ['province', 'district', 'commune'];
    form.addEventListener('change', (event) => {
      const target = event.target as HTMLSelectElement;
      if (target.tagName !== 'SELECT') return;
      const level = order.indexOf(target.name);
      if (level >= 0) {
        for (const name of order.slice(level + 1)) {
          const below = form.elements.namedItem(name) as HTMLSelectElement | null;
          if (below) below.value = '';
        }
      }
      form.requestSubmit();
    });
    // Back to this page from the back-forward cache brings back the choices made just before
    // leaving; the page shows the results of its own address, so the form should too.
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) form.reset();
    });
    form.addEventListener('submit', () => {
      // Empty fields stay out of the address, so shared links stay short.
      for (const element of Array.from(form.elements) as HTMLInputElement[]) {
        if (element.name && element.value === '') element.disabled = true;
      }
      setTimeout(() => {
        for (const element of Array.from(form.elements) as HTMLInputElement[]) element.disabled = false;
      });
    });
  }, [formId]);
  return null;
}
