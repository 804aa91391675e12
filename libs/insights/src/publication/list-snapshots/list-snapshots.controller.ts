import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Roles } from '@lagspill/auth';
import { apiInstant, IsApiDate } from '@lagspill/platform';
import { IsOptional } from 'class-validator';
import type { IndicatorSnapshot } from '../indicator-snapshot';
import { IndicatorSnapshotRepository } from '../indicator-snapshot.repository';

const MAX_SNAPSHOTS = 104;

export class ListSnapshotsRequestDto {
  @ApiPropertyOptional({ description: 'Weeks starting on or after: a date or a date-time', example: '2026-01-01' })
  @IsOptional()
  @IsApiDate()
  from?: string;

  @ApiPropertyOptional({ description: 'Weeks starting on or before: a date or a date-time' })
  @IsOptional()
  @IsApiDate()
  to?: string;
}

/** GET /api/indicators/snapshots: the weekly published indicators, newest first (at most two years). */
@ApiTags('insights')
@ApiBearerAuth()
@Controller('api/indicators/snapshots')
export class ListSnapshotsController {
  constructor(@Inject(IndicatorSnapshotRepository) private readonly snapshots: IndicatorSnapshotRepository) {}

  @Get()
  @Roles('coordinator', 'admin', 'system')
  @ApiOperation({ summary: 'Weekly indicator snapshots as published (small groups suppressed)' })
  async list(@Query() query: ListSnapshotsRequestDto): Promise<{ items: IndicatorSnapshot[] }> {
    const date = (value: string | undefined) => (value ? apiInstant(value) : null);
    return { items: await this.snapshots.list(date(query.from), date(query.to), MAX_SNAPSHOTS) };
  }
}
