import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsApiDate } from '@lagspill/platform';
import { IsOptional } from 'class-validator';

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
