import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, viewerOf, type Caller } from '@lagspill/auth';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { StatusChangeRepository, type StatusChange } from '../status-change.repository';

export class ListStatusChangesRequestDto {
  @ApiPropertyOptional({ description: 'The last position read; default: from the beginning', minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @Min(0)
  @IsInt()
  after?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @Max(1000)
  @Min(1)
  @IsInt()
  limit?: number;
}

/** GET /api/status-changes: every status change of the cases the caller may see, oldest first, to poll. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/status-changes')
export class ListStatusChangesController {
  constructor(@Inject(StatusChangeRepository) private readonly changes: StatusChangeRepository) {}

  @Get()
  @ApiOperation({ summary: "Case status changes in log order, for outside systems to follow (cursor 'after')" })
  async list(
    @CurrentCaller() caller: Caller,
    @Query() query: ListStatusChangesRequestDto,
  ): Promise<{ items: StatusChange[]; next: number | null }> {
    const limit = query.limit ?? 100;
    const items = await this.changes.after(query.after ?? 0, limit, viewerOf(caller));
    return { items, next: items.at(-1)?.position ?? query.after ?? null };
  }
}
