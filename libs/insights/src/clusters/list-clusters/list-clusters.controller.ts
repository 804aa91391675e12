import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@lagspill/auth';
import type { ClusterView } from '@lagspill/contracts';
import { ListClustersHandler } from './list-clusters.handler';
import { ListClustersRequestDto } from './list-clusters.request.dto';

@ApiTags('insights')
@ApiBearerAuth()
@Controller('api/clusters')
export class ListClustersController {
  constructor(@Inject(ListClustersHandler) private readonly handler: ListClustersHandler) {}

  @Get()
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'Cluster suggestions: one fault reported by several organisations, most sudden first' })
  list(
    @CurrentCaller() caller: Caller,
    @Query() query: ListClustersRequestDto,
  ): Promise<{ windowDays: number; items: ClusterView[] }> {
    return this.handler.execute(caller, query);
  }
}
