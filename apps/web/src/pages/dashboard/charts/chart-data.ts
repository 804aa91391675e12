import type { IndicatorRow } from '../../../api/types';

export interface Series {
  readonly key: string;
  readonly label: string;
  /** One value per period; null where the figure is suppressed or not defined. */
  readonly values: readonly (number | null)[];
}

export interface ChartData {
  /** Period starts, oldest first. */
  readonly periods: readonly string[];
  readonly series: readonly Series[];
}

/** A figure of an indicator row that a chart can draw. */
export type Measure = {
  [K in keyof IndicatorRow]: IndicatorRow[K] extends number | null ? K : never;
}[keyof IndicatorRow];

/**
 * One measure of the indicator rows as series per group, for a stacked chart. Only the `limit` largest
 * groups get their own series; the rest are summed as "Andre", so a chart stays readable with 19
 * helsefellesskap.
 */
export function seriesByGroup(rows: readonly IndicatorRow[], measure: Measure, limit = 6): ChartData {
  const periods = [...new Set(rows.map((r) => r.start))].sort();
  const index = new Map(periods.map((p, i) => [p, i]));
  const groups = new Map<string, { label: string; values: (number | null)[]; total: number }>();
  for (const row of rows) {
    const group = groups.get(row.group) ?? { label: row.label, values: periods.map(() => null), total: 0 };
    const value = row[measure];
    group.values[index.get(row.start) ?? 0] = value;
    group.total += value ?? 0;
    groups.set(row.group, group);
  }
  const ranked = [...groups.entries()].sort(([, a], [, b]) => b.total - a.total);
  const kept = ranked.slice(0, limit).map(([key, g]) => ({ key, label: g.label, values: g.values }));
  const rest = ranked.slice(limit);
  if (rest.length > 0) {
    kept.push({
      key: 'andre',
      label: `Andre (${rest.length})`,
      values: periods.map((_, i) => rest.reduce<number | null>((sum, [, g]) => add(sum, g.values[i] ?? null), null)),
    });
  }
  return { periods, series: kept };
}

/** Several measures of one group (the total) as series, for a line chart: p50 and p90, say. */
export function seriesByMeasure(
  rows: readonly IndicatorRow[],
  measures: readonly { readonly measure: Measure; readonly label: string }[],
): ChartData {
  const sorted = [...rows].sort((a, b) => a.start.localeCompare(b.start));
  return {
    periods: sorted.map((r) => r.start),
    series: measures.map(({ measure, label }) => ({ key: measure, label, values: sorted.map((r) => r[measure]) })),
  };
}

function add(sum: number | null, value: number | null): number | null {
  if (value === null) return sum;
  return (sum ?? 0) + value;
}

/** A round upper bound for an axis (1, 2, 2.5 or 5 times a power of ten) and its ticks. */
export function niceScale(max: number, tickCount = 4): { readonly max: number; readonly ticks: readonly number[] } {
  if (!(max > 0)) return { max: 1, ticks: [0, 1] };
  const rough = max / tickCount;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let tick = 0; tick <= top + step / 2; tick += step) ticks.push(Number(tick.toPrecision(12)));
  return { max: top, ticks };
}
