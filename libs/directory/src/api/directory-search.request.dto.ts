import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { DirectorySearch } from './directory-queries';

export class DirectorySearchRequestDto implements Partial<DirectorySearch> {
  @ApiPropertyOptional({ description: 'Part of a name, or a whole orgnr, HER-id, id, username or HPR number' })
  @IsOptional()
  @MaxLength(100)
  @IsString()
  q?: string;

  @ApiPropertyOptional({ description: 'Organisations: the type; parties: the kind' })
  @IsOptional()
  @MaxLength(40)
  @IsString()
  type?: string;

  @ApiPropertyOptional({ description: 'Only entries of this region (helse-nord, …)' })
  @IsOptional()
  @MaxLength(40)
  @IsString()
  region?: string;

  @ApiPropertyOptional({ description: 'People: only this role' })
  @IsOptional()
  @MaxLength(20)
  @IsString()
  role?: string;

  @ApiPropertyOptional({ description: "People: of this organisation or party; organisations: on this vendor's system" })
  @IsOptional()
  @MaxLength(64)
  @IsString()
  belongsTo?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @Max(500)
  @IsInt()
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @Min(0)
  @IsInt()
  offset?: number;
}

export function searchOf(query: DirectorySearchRequestDto): DirectorySearch {
  return { ...query, limit: query.limit ?? 50, offset: query.offset ?? 0 };
}
