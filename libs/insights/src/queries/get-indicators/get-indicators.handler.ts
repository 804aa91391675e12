import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Caller } from '@lagspill/auth';
import { Clock, Directory } from '@lagspill/domain';
import { apiInstant, ValidationFailedException } from '@lagspill/platform';
import type { IndicatorDimension, IndicatorTable } from '@lagspill/contracts';
import { IndicatorCellsRepository, type IndicatorCell } from '../../indicators/indicator-cells.repository';
import { groupLabel } from '../../indicators/indicator-labels';
import { bucketStart, nextBucket, type IntervalKind } from '../../indicators/interval';
import { RefreshStateRepository } from '../../indicators/refresh-state.repository';
import { hiddenCells } from '../../indicators/small-group-suppression';
import type { GetIndicatorsRequestDto } from './get-indicators.request.dto';
import { rowOf } from './indicator-table';

const DAY_MS = 86_400_000;
const DEFAULT_SPAN_DAYS = 7 * 12;
/** Enough for two years of weeks or a year of days; more is a report, not a screen. */
const MAX_BUCKETS = 400;

/** A table with its JSON and a validator: the same until the cells are next refreshed. */
export interface IndicatorAnswer {
  readonly table: IndicatorTable;
  readonly json: string;
  readonly etag: string;
}

const CACHED_ANSWERS = 100;

/**
 * GET /api/indicators: the stored cells of the caller's scope, labelled, small groups suppressed (with
 * the groups that would give them away: small-group-suppression.ts). The
 * cells change only when they are refreshed, so answers are kept until then (many people look at the
 * same trends); the ETag lets a client skip an unchanged answer altogether.
 */
@Injectable()
export class GetIndicatorsHandler {
  private readonly answers = new Map<string, IndicatorAnswer>();

  constructor(
    @Inject(IndicatorCellsRepository) private readonly cells: IndicatorCellsRepository,
    @Inject(RefreshStateRepository) private readonly refreshState: RefreshStateRepository,
    @Inject(Directory) private readonly directory: Directory,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute(caller: Caller, query: GetIndicatorsRequestDto): Promise<IndicatorAnswer> {
    const interval: IntervalKind = query.interval ?? 'week';
    const by: IndicatorDimension = query.by ?? 'total';
    const { from, to } = range(query, interval, this.clock.now());
    const scope = scopeOf(caller);
    const seesSmallGroups = caller.role === 'coordinator';
    const state = await this.refreshState.state();
    const key = [state.refreshedAt?.getTime(), scope, interval, by, from.getTime(), to.getTime(), seesSmallGroups].join(
      '|',
    );
    const cached = this.answers.get(key);
    if (cached) return cached;
    const table = await this.table(scope, interval, by, from, to, state.asOf, seesSmallGroups);
    const answer = {
      table,
      json: JSON.stringify(table),
      etag: `"${createHash('sha256').update(key).digest('base64url').slice(0, 27)}"`,
    };
    this.answers.set(key, answer);
    // Oldest first out: a Map keeps insertion order.
    if (this.answers.size > CACHED_ANSWERS) this.answers.delete(this.answers.keys().next().value as string);
    return answer;
  }

  private async table(
    scope: string,
    interval: IntervalKind,
    by: IndicatorDimension,
    from: Date,
    to: Date,
    asOf: Date | null,
    seesSmallGroups: boolean,
  ): Promise<IndicatorTable> {
    const cells = await this.cells.cells({ scope, interval, dimension: by, from, to });
    // A table has few buckets and groups but many rows: name and time each once.
    const bucketOf = memo((start: Date) => ({
      start: start.toISOString(),
      end: nextBucket(interval, start).toISOString(),
    }));
    const labelOf = memo((group: string) => groupLabel(by, group, this.directory));
    const hidden = seesSmallGroups ? new Set<IndicatorCell>() : hiddenCells(cells);
    return {
      from: from.toISOString().slice(0, 10),
      to: to.toISOString().slice(0, 10),
      interval,
      by,
      scope,
      asOf: asOf?.toISOString() ?? null,
      rows: cells.map((cell) => rowOf(cell, bucketOf(cell.bucket), labelOf(cell.group), hidden.has(cell))),
    };
  }
}

function memo<K, V>(compute: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    if (!known.has(key)) known.set(key, compute(key));
    return known.get(key) as V;
  };
}

/** Admins see all cases, coordinators their region, responders their own party (the route admits no one else). */
function scopeOf(caller: Caller): string {
  if (caller.role === 'coordinator') return `region:${caller.region ?? ''}`;
  if (caller.role === 'responder') return `party:${caller.party?.id ?? ''}`;
  return 'all';
}

function range(query: GetIndicatorsRequestDto, interval: IntervalKind, now: Date): { from: Date; to: Date } {
  const to = startOfDay(query.to ? apiInstant(query.to) : now);
  const from = startOfDay(query.from ? apiInstant(query.from) : new Date(to.getTime() - DEFAULT_SPAN_DAYS * DAY_MS));
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

// Not Date.UTC(year, …): it reads years 0–99 as 1900–1999.
function startOfDay(date: Date): Date {
  return new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS);
}
