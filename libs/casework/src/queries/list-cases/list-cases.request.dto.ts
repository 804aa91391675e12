import { ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_HOLDER_ID, CASE_HOLDER_ID_MESSAGE, CASE_STATUSES, type CaseStatus } from '@lagspill/domain';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsApiDate } from '@lagspill/platform';
import { CASE_LIST_SORTS, type CaseListSort } from '../../read-model/case-view.repository';

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const SLUG_MESSAGE = 'must be a lower-case code (letters, digits, hyphens)';

/** `a,b` (or `a&…=b`, which arrives as an array) as a list without repeats; anything else as it came. */
const toList = ({ value }: { value: unknown }): unknown => {
  const parts = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(parts) || !parts.every((part) => typeof part === 'string')) return value;
  return [...new Set(parts.flatMap((part: string) => part.split(',')))];
};

/** `true` and `false` as booleans; anything else as it came, for IsBoolean to refuse. */
const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

/** Filters and paging of GET /api/cases. */
export class ListCasesRequestDto {
  @ApiPropertyOptional({
    description: `One status or a comma-separated list: any of ${CASE_STATUSES.join(', ')}`,
    example: 'routed,acknowledged,awaiting-information',
    type: String,
  })
  @IsOptional()
  @Transform(toList)
  @IsIn(CASE_STATUSES, { each: true })
  status?: CaseStatus[];

  @ApiPropertyOptional({
    description:
      'true: only cases not resolved or closed; false: only resolved or closed ones. With status: both apply',
    type: Boolean,
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  open?: boolean;

  @ApiPropertyOptional({
    description:
      'true: only the cases the caller follows and those their party or organisation held before and passed on («Følger»)',
    type: Boolean,
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  following?: boolean;

  @ApiPropertyOptional({ example: 'multidose' })
  @IsOptional()
  @Matches(SLUG, { message: SLUG_MESSAGE })
  @MaxLength(64)
  @IsString()
  category?: string;

  @ApiPropertyOptional({
    description: 'The party the case is with now, or `organisation:<id>` for an organisation',
    example: 'cgm',
  })
  @IsOptional()
  @Matches(CASE_HOLDER_ID, { message: `party ${CASE_HOLDER_ID_MESSAGE}` })
  @MaxLength(80)
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

  @ApiPropertyOptional({
    description: 'Reported at or after: a date (that day, UTC) or a date-time (docs/api.md, "Dates and times")',
    example: '2026-01-01',
  })
  @IsOptional()
  @IsApiDate()
  from?: string;

  @ApiPropertyOptional({
    description: 'Reported at or before; a date alone includes that whole day',
    example: '2026-12-31',
  })
  @IsOptional()
  @IsApiDate()
  to?: string;

  @ApiPropertyOptional({
    enum: CASE_LIST_SORTS,
    default: 'reported',
    description:
      'reported: newest first; due: soonest due first (routedTo.dueAt), cases without a due time last; ties by id',
  })
  @IsOptional()
  @IsIn(CASE_LIST_SORTS)
  sort?: CaseListSort;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @Max(200)
  @Min(1)
  @IsInt()
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page, with the same sort' })
  @IsOptional()
  @MaxLength(500)
  @IsString()
  cursor?: string;
}
