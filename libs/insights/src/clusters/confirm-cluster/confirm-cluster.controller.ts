import { Body, Controller, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@lagspill/auth';
import type { Response } from 'express';
import { ClusterDecisions } from '../cluster-decisions';
import { ConfirmClusterRequestDto } from './confirm-cluster.request.dto';

@ApiTags('insights')
@ApiBearerAuth()
@Controller('api/clusters')
export class ConfirmClusterController {
  constructor(@Inject(ClusterDecisions) private readonly decisions: ClusterDecisions) {}

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
}
