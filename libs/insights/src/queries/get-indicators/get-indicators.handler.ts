import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@lagspill/auth';
import { Directory } from '@lagspill/domain';
import { ValidationFailedException } from '@lagspill/platform';
import { IndicatorCellsRepository, type IndicatorDimension } from '../../indicators/indicator-cells.repository';
import { groupLabel } from '../../indicators/indicator-labels';
import { bucketStart, nextBucket, type IntervalKind } from '../../indicators/interval';
import type { GetIndicatorsRequestDto } from './get-indicators.request.dto';
import { rowOf, type IndicatorTable } from './indicator-table';

const DAY_MS = 86_400_000;
const DEFAULT_SPAN_DAYS = 7 * 12;
/** Enough for two years of weeks or a year of days; more is a report, not a screen. */
const MAX_BUCKETS = 400;

/** GET /api/indicators: the stored cells of the caller's scope, labelled, small groups suppressed. */
@Injectable()
export class GetIndicatorsHandler {
  constructor(
    @Inject(IndicatorCellsRepository) private readonly cells: IndicatorCellsRepository,
    @Inject(Directory) private readonly directory: Directory,
  ) {}

  async execute(caller: Caller, query: GetIndicatorsRequestDto): Promise<IndicatorTable> {
    const interval: IntervalKind = query.interval ?? 'week';
    const by: IndicatorDimension = query.by ?? 'total';
    const { from, to } = range(query, interval);
    const scope = scopeOf(caller);
    const [cells, asOf] = await Promise.all([
      this.cells.cells({ scope, interval, dimension: by, from, to }),
      this.cells.asOf(),
    ]);
    const seesSmallGroups = caller.role === 'coordinator';
    return {
      from: from.toISOString().slice(0, 10),
      to: to.toISOString().slice(0, 10),
      interval,
      by,
      scope,
      asOf: asOf?.toISOString() ?? null,
      rows: cells.map((cell) =>
        rowOf(cell, nextBucket(interval, cell.bucket), groupLabel(by, cell.group, this.directory), seesSmallGroups),
      ),
    };
  }
}

/** Admins see all cases, coordinators their region, responders their own party (the route admits no one else). */
function scopeOf(caller: Caller): string {
  if (caller.role === 'coordinator') return `region:${caller.region ?? ''}`;
  if (caller.role === 'responder') return `party:${caller.party?.id ?? ''}`;
  return 'all';
}

function range(query: GetIndicatorsRequestDto, interval: IntervalKind): { from: Date; to: Date } {
  const to = startOfDay(query.to ? new Date(query.to) : new Date());
  const from = startOfDay(query.from ? new Date(query.from) : new Date(to.getTime() - DEFAULT_SPAN_DAYS * DAY_MS));
  if (from > to) throw new ValidationFailedException([{ field: 'to', message: 'to must not be before from' }]);
  let buckets = 0;
  for (let b = bucketStart(interval, from); b <= to && buckets <= MAX_BUCKETS; b = nextBucket(interval, b)) buckets++;
  if (buckets > MAX_BUCKETS) {
    throw new ValidationFailedException([
      {
        field: 'from',
        message: `the range holds more than ${MAX_BUCKETS} ${interval} intervals: narrow it or pick a longer interval`,
      },
    ]);
  }
  return { from, to };
}

function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
