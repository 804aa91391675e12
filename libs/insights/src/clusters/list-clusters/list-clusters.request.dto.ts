import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';

export const CLUSTER_STATUS_FILTERS = ['suggested', 'confirmed', 'rejected', 'all'] as const;

export class ListClustersRequestDto {
  @ApiPropertyOptional({ description: 'Reports from (ISO 8601); default: 30 days ago', example: '2026-10-01' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'Reports before (ISO 8601); default: now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ enum: CLUSTER_STATUS_FILTERS, default: 'suggested' })
  @IsOptional()
  @IsIn(CLUSTER_STATUS_FILTERS)
  status?: (typeof CLUSTER_STATUS_FILTERS)[number];
}
