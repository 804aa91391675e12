import { ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_STATUSES, type CaseStatus } from '@lagspill/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const SLUG_MESSAGE = 'must be a lower-case code (letters, digits, hyphens)';

/** Filters and paging of GET /api/cases. */
export class ListCasesRequestDto {
  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: CaseStatus;

  @ApiPropertyOptional({ example: 'multidose' })
  @IsOptional()
  @Matches(SLUG, { message: SLUG_MESSAGE })
  @MaxLength(64)
  @IsString()
  category?: string;

  @ApiPropertyOptional({ description: 'The party the case is with now', example: 'cgm' })
  @IsOptional()
  @Matches(SLUG, { message: SLUG_MESSAGE })
  @MaxLength(64)
  @IsString()
  party?: string;

  @ApiPropertyOptional({ example: 'lovesa' })
  @IsOptional()
  @Matches(SLUG, { message: SLUG_MESSAGE })
  @MaxLength(64)
  @IsString()
  helsefellesskap?: string;

  @ApiPropertyOptional({ description: 'Text in the (redacted) title or description' })
  @IsOptional()
  @MaxLength(200)
  @MinLength(1)
  @IsString()
  q?: string;

  @ApiPropertyOptional({ description: 'Reported at or after (ISO 8601 date or time)', example: '2026-01-01' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({
    description: 'Reported at or before; a date alone includes that whole day',
    example: '2026-12-31',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @Max(200)
  @Min(1)
  @IsInt()
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @MaxLength(500)
  @IsString()
  cursor?: string;
}
