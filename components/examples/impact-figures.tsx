import { IMPACT_KEYS, IMPACT_LABELS, type Impact } from '@/lib/domain/vocabulary';
import { formatNumber } from '@/lib/format';

export function ImpactFigures({ impact }: { impact: Impact }) {
  const shown = IMPACT_KEYS.filter((key) => impact[key] !== null && impact[key] !== undefined);
  if (shown.length === 0) return null;
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
      {shown.map((key) => (
        <div key={key} className="rounded-md border border-stone-200 bg-white p-3">
          <dt className="text-xs text-stone-600">{IMPACT_LABELS[key]}</dt>
          <dd className="text-xl font-bold text-stone-900">{key === 'startedYear' ? impact[key] : formatNumber(impact[key] as number)}</dd>
        </div>
      ))}
    </dl>
  );
}
