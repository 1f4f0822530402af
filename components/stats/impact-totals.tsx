import { type ExampleStats } from '@/lib/domain/stats';
import { IMPACT_LABELS, IMPACT_FIGURE_KEYS } from '@/lib/domain/vocabulary';
import { formatNumber } from '@/lib/format';

/** Totals of the reported figures; a figure few examples reported says so, rather than look complete. */
export function ImpactTotals({ impact, total }: { impact: ExampleStats['impact']; total: number }) {
  return (
    <dl className="grid grid-cols-1 gap-3 min-[420px]:grid-cols-2 lg:grid-cols-3">
      {IMPACT_FIGURE_KEYS.map((key) => (
        <div key={key} className="flex flex-col rounded-md border border-stone-200 bg-white p-3">
          <dt className="text-sm text-stone-700">{IMPACT_LABELS[key]}</dt>
          <dd className="order-first text-2xl font-bold text-brand-800">{formatNumber(impact[key].total)}</dd>
          <dd className="text-xs text-stone-600">
            {impact[key].reporting === total
              ? 'Mọi điển hình đều có số liệu này'
              : `Theo số liệu của ${formatNumber(impact[key].reporting)} trên ${formatNumber(total)} điển hình`}
          </dd>
        </div>
      ))}
    </dl>
  );
}
