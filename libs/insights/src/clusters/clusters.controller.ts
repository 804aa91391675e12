import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@lagspill/auth';
import type { ClusterView } from '@lagspill/contracts';
import type { Response } from 'express';
import { ClusterDecisions } from './cluster-decisions';
import { ConfirmClusterRequestDto } from './confirm-cluster/confirm-cluster.request.dto';
import { ListClustersHandler } from './list-clusters/list-clusters.handler';
import { ListClustersRequestDto } from './list-clusters/list-clusters.request.dto';
import { RejectClusterRequestDto } from './reject-cluster/reject-cluster.request.dto';

/** Every route of /api/clusters: the suggestions, and a coordinator's decision on one. */
@ApiTags('insights')
@ApiBearerAuth()
@Controller('api/clusters')
export class ClustersController {
  constructor(
    @Inject(ListClustersHandler) private readonly listClusters: ListClustersHandler,
    @Inject(ClusterDecisions) private readonly decisions: ClusterDecisions,
  ) {}

  @Get()
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'Cluster suggestions: one fault reported by several organisations, most sudden first' })
  list(
    @CurrentCaller() caller: Caller,
    @Query() query: ListClustersRequestDto,
  ): Promise<{ windowDays: number; items: ClusterView[] }> {
    return this.listClusters.execute(caller, query);
  }

  @Post(':id/confirm')
  @HttpCode(201)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Confirm a cluster as an incident: its reports are linked to it and get its updates' })
  async confirm(
    @CurrentCaller() caller: Caller,
    @Param('id') clusterId: string,
    @Body() body: ConfirmClusterRequestDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<{ incidentId: string }> {
    const incidentId = await this.decisions.confirm(caller, clusterId, body);
    response.setHeader('Location', `/api/incidents/${incidentId}`);
    return { incidentId };
  }

  @Post(':id/reject')
  @HttpCode(204)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Reject a cluster suggestion; it is remembered and no longer suggested' })
  async reject(
    @CurrentCaller() caller: Caller,
    @Param('id') clusterId: string,
    @Body() body: RejectClusterRequestDto,
  ): Promise<void> {
    await this.decisions.reject(caller, clusterId, body.reason);
  }
}
