import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsApiDate } from '@lagspill/platform';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

export class ListAuditEntriesRequestDto {
  @ApiPropertyOptional({ description: 'A case id or reference' })
  @IsOptional()
  @MaxLength(100)
  @MinLength(1)
  @IsString()
  case?: string;

  @ApiPropertyOptional({ description: 'A username' })
  @IsOptional()
  @MaxLength(100)
  @MinLength(1)
  @IsString()
  user?: string;

  @ApiPropertyOptional({ description: 'Entries at or after this instant: a date (its UTC midnight) or a date-time' })
  @IsOptional()
  @IsApiDate()
  from?: string;

  @ApiPropertyOptional({ description: 'Entries before this instant: a date (its UTC midnight) or a date-time' })
  @IsOptional()
  @IsApiDate()
  to?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @Max(500)
  @Min(1)
  @IsInt()
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @Matches(/^[1-9][0-9]{0,17}$/, { message: 'cursor must be the nextCursor of a previous page' })
  cursor?: string;
}
