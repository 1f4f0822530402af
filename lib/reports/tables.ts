import { treeNote } from './area-labels';
import {
  COMMUNE_TEXT_HEADERS,
  LEVEL_COUNT_KEYS,
  LEVEL_COUNT_LABELS,
  METRIC_KEYS,
  METRIC_LABELS,
  TOTAL_LABEL,
  UNIT_TEXT_HEADERS,
  type LevelCountKey,
  type ReportFigures,
  type ReportTable,
  type SeasonReport,
} from '../domain/reports';

export type ReportCell = string | number;

/** One report table as the exports lay it out: text columns first, then the figures. */
export interface ReportTableData {
  headers: string[];
  /** How many leading columns hold text; the rest are whole numbers. */
  textColumns: number;
  rows: ReportCell[][];
  /** "Tổng cộng" in the first column, the grand totals under the figures. */
  total: ReportCell[];
}

const figures = (f: ReportFigures): number[] => METRIC_KEYS.map((k) => f[k]);

export function reportTable(report: SeasonReport, table: ReportTable): ReportTableData {
  if (table === 'level') {
    const counts = (r: Record<LevelCountKey, number>) => LEVEL_COUNT_KEYS.map((k) => r[k]);
    const sum = Object.fromEntries(LEVEL_COUNT_KEYS.map((k) => [k, report.byLevel.reduce((n, r) => n + r[k], 0)])) as Record<LevelCountKey, number>;
    return {
      headers: ['Cấp xét duyệt', ...LEVEL_COUNT_KEYS.map((k) => LEVEL_COUNT_LABELS[k])],
      textColumns: 1,
      rows: report.byLevel.map((r) => [r.name, ...counts(r)]),
      total: [TOTAL_LABEL, ...counts(sum)],
    };
  }
  const metricHeaders = METRIC_KEYS.map((k) => METRIC_LABELS[k]);
  if (table === 'unit') {
    return {
      headers: [...UNIT_TEXT_HEADERS, ...metricHeaders],
      textColumns: UNIT_TEXT_HEADERS.length,
      rows: report.byUnit.map((r) => [r.name, ...figures(r)]),
      total: [TOTAL_LABEL, ...figures(report.total)],
    };
  }
  const headers = [...COMMUNE_TEXT_HEADERS, 'Địa giới', ...metricHeaders];
  return {
    headers,
    textColumns: COMMUNE_TEXT_HEADERS.length + 1,
    rows: report.byCommune.map((r) => [r.code, r.name, r.districtName ?? '', r.provinceName ?? '', treeNote(r.tree), ...figures(r)]),
    total: [TOTAL_LABEL, '', '', '', '', ...figures(report.total)],
  };
}
