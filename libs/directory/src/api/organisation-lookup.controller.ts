import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { OrganisationHit } from '@lagspill/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { DirectoryQueries } from './directory-queries';

export class OrganisationLookupRequestDto {
  @ApiProperty({ description: 'Part of a name (at least 2 characters), or a whole orgnr, HER-id or id' })
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  q!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 20, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @Max(20)
  @IsInt()
  limit?: number;
}

/**
 * GET /api/organisations: anyone enrolled looks up an active organisation to name the one a report
 * concerns. Names, orgnr and HER-ids are public register data; nothing else of the entry is shown.
 */
@ApiTags('directory')
@ApiBearerAuth()
@Controller('api/organisations')
export class OrganisationLookupController {
  constructor(@Inject(DirectoryQueries) private readonly queries: DirectoryQueries) {}

  @Get()
  @ApiOperation({ summary: 'Active organisations by part of their name, or by orgnr, HER-id or id; at most 20' })
  lookup(@Query() query: OrganisationLookupRequestDto): OrganisationHit[] {
    return this.queries.lookup(query.q, query.limit ?? 10);
  }
}
