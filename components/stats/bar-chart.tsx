import { formatNumber } from '@/lib/format';

export interface BarDatum {
  label: string;
  value: number;
}

// Drawn in a 320-unit-wide box: at a 360 px phone's content width the text is about its
// nominal size, and the chart's max width keeps it from growing large on a desktop.
const WIDTH = 320;
const ROW = 40;
const LABEL_BASELINE = 14;
const BAR_TOP = 19;
const BAR_HEIGHT = 15;
const VALUE_ROOM = 64;
const MAX_LABEL = 44;
// Brand red on white and near-black text: both well above 4.5:1.
const BAR = '#9a1b12';
const TRACK = '#f5f5f4';
const INK = '#1c1917';

function shorten(label: string): string {
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1).trimEnd()}…` : label;
}

/**
 * A horizontal bar chart, label above each bar so long Vietnamese names fit a narrow screen.
 * Hidden from screen readers: the table next to it carries the same numbers.
 */
export function BarChart({ data, format = formatNumber }: { data: BarDatum[]; format?: (value: number) => string }) {
  const max = Math.max(1, ...data.map((d) => d.value));
  const span = WIDTH - VALUE_ROOM;
  const height = data.length * ROW;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" aria-hidden="true" focusable="false" className="block h-auto w-full max-w-[28rem]">
      {data.map((d, i) => {
        const y = i * ROW;
        const length = d.value > 0 ? Math.max(2, (d.value / max) * span) : 0;
        return (
          <g key={`${i}-${d.label}`}>
            <text x={0} y={y + LABEL_BASELINE} fontSize={13} fill={INK}>
              {shorten(d.label)}
            </text>
            <rect x={0} y={y + BAR_TOP} width={span} height={BAR_HEIGHT} fill={TRACK} />
            <rect x={0} y={y + BAR_TOP} width={length} height={BAR_HEIGHT} fill={BAR} />
            <text x={length + 6} y={y + BAR_TOP + 12} fontSize={13} fontWeight={600} fill={INK}>
              {format(d.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
