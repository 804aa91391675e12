import {
  Details,
  DetailsContent,
  DetailsSummary,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@digdir/designsystemet-react';
import { useId } from 'react';
import { niceScale, type ChartData } from './chart-data';

/** Colours that keep at least 3:1 against white and each other's neighbours apart. */
const PALETTE = ['#1e5bb5', '#c2410c', '#0f766e', '#7e22ce', '#a16207', '#be123c', '#475569'];
const WIDTH = 640;
const HEIGHT = 240;
const MARGIN = { top: 12, right: 12, bottom: 40, left: 44 };

interface Props {
  readonly title: string;
  readonly data: ChartData;
  readonly kind: 'stacked-bars' | 'lines';
  /** How a period start is written on the axis ("uke 47", "nov."). */
  readonly periodLabel: (start: string) => string;
  readonly unit: string;
  readonly note?: string;
}

/**
 * A small SVG chart with its numbers in a table underneath, so the figures reach screen readers and
 * can be copied; no chart library, so it draws the same in the browser tests and the screenshots.
 */
export function Chart({ title, data, kind, periodLabel, unit, note }: Props) {
  const id = useId();
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const totals = data.periods.map((_, i) =>
    kind === 'stacked-bars'
      ? data.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0)
      : Math.max(0, ...data.series.map((s) => s.values[i] ?? 0)),
  );
  const scale = niceScale(Math.max(0, ...totals));
  const y = (value: number) => MARGIN.top + plotHeight - (value / scale.max) * plotHeight;
  const band = plotWidth / Math.max(1, data.periods.length);
  const x = (i: number) => MARGIN.left + i * band;
  const labelEvery = Math.ceil(data.periods.length / 8);
  const summary = `${title}: ${data.periods.length} perioder, høyeste verdi ${formatNumber(Math.max(0, ...totals))} ${unit}.`;

  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <Heading level={3} data-size="xs" id={`${id}-title`}>
        {title}
      </Heading>
      {data.periods.length === 0 ? (
        <Paragraph data-size="sm">Ingen tall for perioden.</Paragraph>
      ) : (
        <>
          <svg
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            role="img"
            aria-label={summary}
            className="chart__svg"
            data-chart={kind}
          >
            {scale.ticks.map((tick) => (
              <g key={tick}>
                <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} className="chart__grid" />
                <text x={MARGIN.left - 6} y={y(tick) + 4} textAnchor="end" className="chart__tick">
                  {formatNumber(tick)}
                </text>
              </g>
            ))}
            {data.periods.map((period, i) =>
              i % labelEvery === 0 ? (
                <text
                  key={period}
                  x={x(i) + band / 2}
                  y={HEIGHT - MARGIN.bottom + 16}
                  textAnchor="middle"
                  className="chart__tick"
                >
                  {periodLabel(period)}
                </text>
              ) : null,
            )}
            {kind === 'stacked-bars' ? (
              <Bars data={data} x={x} y={y} band={band} />
            ) : (
              <Lines data={data} x={x} y={y} band={band} />
            )}
          </svg>
          <ul className="chart__legend">
            {data.series.map((s, i) => (
              <li key={s.key}>
                <span
                  className="chart__swatch"
                  style={{ background: PALETTE[i % PALETTE.length] }}
                  aria-hidden="true"
                />
                {s.label}
              </li>
            ))}
          </ul>
          {note && (
            <Paragraph data-size="xs" className="muted">
              {note}
            </Paragraph>
          )}
          <Details>
            <DetailsSummary>Vis tallene</DetailsSummary>
            <DetailsContent>
              <div className="table-scroll">
                <Table data-size="sm" zebra>
                  <caption className="visually-hidden">{title}</caption>
                  <TableHead>
                    <TableRow>
                      <TableHeaderCell>Periode</TableHeaderCell>
                      {data.series.map((s) => (
                        <TableHeaderCell key={s.key}>{s.label}</TableHeaderCell>
                      ))}
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {data.periods.map((period, i) => (
                      <TableRow key={period}>
                        <TableHeaderCell scope="row">{periodLabel(period)}</TableHeaderCell>
                        {data.series.map((s) => (
                          <TableCell key={s.key}>
                            {s.values[i] === null ? '–' : formatNumber(s.values[i] ?? 0)}
                          </TableCell>
                        ))}
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            </DetailsContent>
          </Details>
        </>
      )}
    </figure>
  );
}

interface PlotProps {
  readonly data: ChartData;
  readonly x: (i: number) => number;
  readonly y: (value: number) => number;
  readonly band: number;
}

function Bars({ data, x, y, band }: PlotProps) {
  const gap = Math.min(4, band * 0.2);
  return (
    <g>
      {data.periods.map((period, i) => {
        let base = 0;
        return (
          <g key={period}>
            {data.series.map((s, k) => {
              const value = s.values[i] ?? 0;
              const top = base + value;
              const rect = value > 0 && (
                <rect
                  key={s.key}
                  x={x(i) + gap / 2}
                  width={band - gap}
                  y={y(top)}
                  height={y(base) - y(top)}
                  fill={PALETTE[k % PALETTE.length]}
                >
                  <title>{`${s.label}: ${formatNumber(value)}`}</title>
                </rect>
              );
              base = top;
              return rect;
            })}
          </g>
        );
      })}
    </g>
  );
}

function Lines({ data, x, y, band }: PlotProps) {
  return (
    <g>
      {data.series.map((s, k) => {
        const points = s.values.flatMap((value, i) => (value === null ? [] : [`${x(i) + band / 2},${y(value)}`]));
        return (
          <polyline
            key={s.key}
            points={points.join(' ')}
            fill="none"
            stroke={PALETTE[k % PALETTE.length]}
            strokeWidth={2.5}
            strokeDasharray={k === 1 ? '6 3' : undefined}
          />
        );
      })}
    </g>
  );
}

const numberFormat = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });
export const formatNumber = (value: number) => numberFormat.format(value);
