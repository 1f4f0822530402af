import type { ReactNode } from 'react';
import { BarChart, type BarDatum } from './bar-chart';

/** One breakdown: heading, a sentence that says what the chart shows, the chart, and its table. */
export function ChartSection({
  id,
  title,
  summary,
  chart,
  children,
}: {
  id: string;
  title: string;
  summary: string;
  chart: BarDatum[];
  /** The data table, and any note under it. */
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="mt-1 text-stone-700">{summary}</p>
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        {/* The summary above and the table beside it say what the bars show. */}
        <BarChart data={chart} />
        <div>{children}</div>
      </div>
    </section>
  );
}
