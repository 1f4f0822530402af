import { formatNumber } from '@/lib/format';

export interface ImpactYear {
  year: number;
  householdsStillOut: number;
  householdsFellBack: number;
  newHouseholds: number;
}

// A 320-unit-wide box like components/stats/bar-chart.tsx: readable on a 360 px phone, capped on a desktop.
const WIDTH = 320;
const HEIGHT = 190;
const LEFT = 34;
const BOTTOM = 24;
const TOP = 14;
const INK = '#1c1917';
const GRID = '#d6d3d1';
// Each series keeps at least 3:1 against white (WCAG non-text contrast), and the table carries the numbers.
export const SERIES = [
  { key: 'householdsStillOut', label: 'Vẫn giữ được thoát nghèo', color: '#15803d' },
  { key: 'householdsFellBack', label: 'Tái nghèo', color: '#b42318' },
  { key: 'newHouseholds', label: 'Hộ mới được giúp đỡ', color: '#1d4ed8' },
] as const;

function niceMax(value: number): number {
  if (value <= 5) return 5;
  const step = 10 ** Math.floor(Math.log10(value));
  return Math.ceil(value / step) * step;
}

/**
 * Households per follow-up year, drawn on the server as grouped bars, with the households counted out
 * of poverty as a dashed line. Described for screen readers by its title and description; the table
 * that follows it holds the same numbers.
 */
export function ImpactOverTime({ years, householdsEscaped, titleId }: { years: ImpactYear[]; householdsEscaped: number | null; titleId: string }) {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  const max = niceMax(Math.max(1, householdsEscaped ?? 0, ...sorted.flatMap((y) => SERIES.map((s) => y[s.key]))));
  const plotWidth = WIDTH - LEFT - 4;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = plotWidth / Math.max(1, sorted.length);
  const bar = Math.min(18, (slot - 10) / SERIES.length);
  const y = (value: number) => TOP + plotHeight - (value / max) * plotHeight;
  const ticks = [0, max / 2, max];
  const description = sorted.map((d) => `Năm ${d.year}: ${SERIES.map((s) => `${s.label.toLowerCase()} ${formatNumber(d[s.key])} hộ`).join(', ')}.`).join(' ');
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      role="img"
      aria-labelledby={titleId}
      aria-describedby={`${titleId}-desc`}
      className="block h-auto w-full max-w-[30rem]"
    >
      <title id={titleId}>Số hộ qua các năm theo dõi</title>
      <desc id={`${titleId}-desc`}>
        {householdsEscaped != null ? `Số hộ đã thoát nghèo được ghi nhận khi công nhận: ${formatNumber(householdsEscaped)}. ` : ''}
        {description}
      </desc>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={LEFT} x2={WIDTH - 4} y1={y(t)} y2={y(t)} stroke={GRID} strokeWidth={0.6} />
          <text x={LEFT - 4} y={y(t) + 4} fontSize={10} textAnchor="end" fill={INK}>
            {formatNumber(t)}
          </text>
        </g>
      ))}
      {householdsEscaped != null && householdsEscaped > 0 && (
        <line x1={LEFT} x2={WIDTH - 4} y1={y(householdsEscaped)} y2={y(householdsEscaped)} stroke={INK} strokeWidth={1} strokeDasharray="4 3" />
      )}
      {sorted.map((d, i) => {
        const start = LEFT + i * slot + (slot - bar * SERIES.length) / 2;
        return (
          <g key={d.year}>
            {SERIES.map((s, j) => {
              const value = d[s.key];
              const top = y(value);
              return (
                <rect key={s.key} x={start + j * bar} y={top} width={bar - 2} height={Math.max(value > 0 ? 1 : 0, TOP + plotHeight - top)} fill={s.color} />
              );
            })}
            <text x={LEFT + i * slot + slot / 2} y={HEIGHT - 8} fontSize={11} textAnchor="middle" fill={INK}>
              {d.year}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
