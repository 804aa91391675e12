import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsApiDate } from '@lagspill/platform';
import { IsIn, IsOptional } from 'class-validator';

export const CLUSTER_STATUS_FILTERS = ['suggested', 'confirmed', 'rejected', 'all'] as const;

export class ListClustersRequestDto {
  @ApiPropertyOptional({
    description: 'Reports from: a date (UTC midnight) or a date-time; default: 30 days before `to`',
    example: '2026-10-01',
  })
  @IsOptional()
  @IsApiDate()
  from?: string;

  @ApiPropertyOptional({ description: 'Reports before: a date (UTC midnight) or a date-time; default: now' })
  @IsOptional()
  @IsApiDate()
  to?: string;

  @ApiPropertyOptional({ enum: CLUSTER_STATUS_FILTERS, default: 'suggested' })
  @IsOptional()
  @IsIn(CLUSTER_STATUS_FILTERS)
  status?: (typeof CLUSTER_STATUS_FILTERS)[number];
}
