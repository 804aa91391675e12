import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@lagspill/auth';
import { ClusterDecisions } from '../cluster-decisions';
import { RejectClusterRequestDto } from './reject-cluster.request.dto';

@ApiTags('insights')
@ApiBearerAuth()
@Controller('api/clusters')
export class RejectClusterController {
  constructor(@Inject(ClusterDecisions) private readonly decisions: ClusterDecisions) {}

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
