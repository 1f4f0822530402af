import { CASEBOOK_FORM } from '@/lib/casebook/messages';
import { CasebookForm, type CasebookFormProps } from './casebook-form';

/** The casebook download, as the workspace pages show it under their own content. */
export function CasebookPanel(props: CasebookFormProps & { headingId: string }) {
  const { headingId, ...form } = props;
  return (
    <section aria-labelledby={headingId} className="no-print mt-6 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id={headingId} className="text-lg font-semibold text-stone-900">
        {CASEBOOK_FORM.heading}
      </h2>
      <p className="mt-1 mb-3 text-sm text-stone-700">{CASEBOOK_FORM.help}</p>
      <CasebookForm {...form} />
    </section>
  );
}
