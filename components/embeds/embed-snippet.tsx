import { EMBED_TEXT } from '@/lib/embeds/messages';
import { embedSnippet } from '@/lib/embeds/snippet';

/** The copy-paste iframe for a portal, folded away until asked for; plain HTML, works without JavaScript. */
export function EmbedSnippet({ path, title, id }: { path: string; title: string; id: string }) {
  return (
    <details className="mt-8 rounded-lg border border-stone-200 bg-white p-4">
      <summary className="cursor-pointer font-semibold text-stone-900">{EMBED_TEXT.snippetHeading}</summary>
      <p className="mt-2 text-sm text-stone-700">{EMBED_TEXT.snippetHelp}</p>
      <label htmlFor={id} className="mt-3 block text-sm font-medium text-stone-900">
        {EMBED_TEXT.snippetLabel}
      </label>
      <textarea
        id={id}
        readOnly
        rows={4}
        defaultValue={embedSnippet({ path, title })}
        className="mt-1 block w-full rounded-md border border-stone-400 bg-stone-50 p-2 font-mono text-xs text-stone-900"
      />
      <p className="mt-2 text-sm">
        <a href={path} target="_blank" rel="noopener">
          {EMBED_TEXT.snippetPreview}
          <span className="sr-only">{EMBED_TEXT.newTab}</span>
        </a>
      </p>
    </details>
  );
}
