import { MatchText } from '@/components/ui/combobox';
import type { AdminTree } from '@/lib/domain/vocabulary';
import { TREE_SHORT_LABELS, type CommuneMatch } from './commune-source';

/** Which tree a commune belongs to: the same name often exists in both. */
export function TreeBadge({ tree }: { tree: AdminTree }) {
  return (
    <span
      className={`inline-block rounded border px-1.5 text-xs leading-5 ${tree === '2025' ? 'border-emerald-300 bg-emerald-50 text-emerald-900' : 'border-stone-300 bg-stone-100 text-stone-800'}`}
    >
      <span className="sr-only">, </span>Địa giới {TREE_SHORT_LABELS[tree]}
    </span>
  );
}

/** One commune in a type-ahead list: its name, what it lies in, and its tree. */
export function CommuneOption({ item, words }: { item: CommuneMatch; words: string[] }) {
  return (
    <>
      <span className="block text-stone-900">
        <MatchText text={item.name} words={words} />
      </span>
      <span className="sr-only">, </span>
      <span className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-700">
        {item.parent && <span>{item.parent}</span>}
        <TreeBadge tree={item.tree} />
      </span>
    </>
  );
}
