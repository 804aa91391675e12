import { Controller, Get, Headers, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@lagspill/auth';
import type { IndicatorSnapshot } from '@lagspill/contracts';
import { apiInstant } from '@lagspill/platform';
import type { Response } from 'express';
import { IndicatorSnapshotRepository } from '../publication/indicator-snapshot.repository';
import { ListSnapshotsRequestDto } from '../publication/list-snapshots/list-snapshots.request.dto';
import { GetIndicatorsHandler } from '../queries/get-indicators/get-indicators.handler';
import { GetIndicatorsRequestDto } from '../queries/get-indicators/get-indicators.request.dto';
import { indicatorsCsv } from '../queries/get-indicators/indicators-csv';

const MAX_SNAPSHOTS = 104;

/**
 * Every route of /api/indicators: the indicators as computed now (JSON or CSV), and the weekly
 * snapshots as published, newest first (at most two years).
 */
@ApiTags('insights')
@ApiBearerAuth()
@Controller('api/indicators')
export class IndicatorsController {
  constructor(
    @Inject(GetIndicatorsHandler) private readonly getIndicators: GetIndicatorsHandler,
    @Inject(IndicatorSnapshotRepository) private readonly snapshots: IndicatorSnapshotRepository,
  ) {}

  @Get('snapshots')
  @Roles('coordinator', 'admin', 'system')
  @ApiOperation({ summary: 'Weekly indicator snapshots as published (small groups suppressed)' })
  async listSnapshots(@Query() query: ListSnapshotsRequestDto): Promise<{ items: IndicatorSnapshot[] }> {
    const date = (value: string | undefined) => (value ? apiInstant(value) : null);
    return { items: await this.snapshots.list(date(query.from), date(query.to), MAX_SNAPSHOTS) };
  }

  @Get()
  @Roles('coordinator', 'admin', 'responder')
  @ApiOperation({ summary: 'Quality indicators per interval and group; Accept: text/csv for a spreadsheet' })
  @ApiProduces('application/json', 'text/csv')
  async get(
    @CurrentCaller() caller: Caller,
    @Query() query: GetIndicatorsRequestDto,
    @Headers('accept') accept: string | undefined,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string | undefined> {
    const { table, json, etag } = await this.getIndicators.execute(caller, query);
    const csv = wantsCsv(accept);
    response.setHeader('ETag', csv ? `${etag.slice(0, -1)}-csv"` : etag);
    response.setHeader('Vary', 'Accept, Authorization');
    if (ifNoneMatch === response.getHeader('ETag')) {
      response.status(304);
      return undefined;
    }
    if (!csv) {
      response.setHeader('Content-Type', 'application/json; charset=utf-8');
      return json;
    }
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="lagspill-indikatorer-${table.interval}-${table.by}-${table.from}-${table.to}.csv"`,
    );
    return indicatorsCsv(table);
  }
}

/** CSV only when asked for ahead of JSON (a browser's Accept lists neither first). */
function wantsCsv(accept: string | undefined): boolean {
  if (!accept) return false;
  const types = accept.split(',').map((part) => part.split(';')[0].trim().toLowerCase());
  const csv = types.indexOf('text/csv');
  const json = types.indexOf('application/json');
  return csv !== -1 && (json === -1 || csv < json);
}
