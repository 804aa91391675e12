import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsApiDate } from '@lagspill/platform';
import { IsIn, IsOptional } from 'class-validator';
import { INTERVAL_KINDS, type IntervalKind } from '../../indicators/interval';

export const INDICATOR_DIMENSIONS = [
  'helsefellesskap',
  'party',
  'category',
  'organisationType',
  'concernedOrganisation',
] as const;

/** The query of GET /api/indicators. */
export class GetIndicatorsRequestDto {
  @ApiPropertyOptional({
    description: 'First day (a date; a date-time counts as its UTC day); default: 12 weeks before `to`',
    example: '2026-01-01',
  })
  @IsOptional()
  @IsApiDate()
  from?: string;

  @ApiPropertyOptional({
    description: 'Last day, included (a date; a date-time counts as its UTC day); default: today',
    example: '2026-12-31',
  })
  @IsOptional()
  @IsApiDate()
  to?: string;

  @ApiPropertyOptional({ enum: INTERVAL_KINDS, default: 'week' })
  @IsOptional()
  @IsIn(INTERVAL_KINDS)
  interval?: IntervalKind;

  @ApiPropertyOptional({ enum: INDICATOR_DIMENSIONS, description: 'Group by; without it one group, "total"' })
  @IsOptional()
  @IsIn(INDICATOR_DIMENSIONS)
  by?: (typeof INDICATOR_DIMENSIONS)[number];
}
