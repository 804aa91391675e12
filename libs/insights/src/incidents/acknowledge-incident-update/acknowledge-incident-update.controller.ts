import { Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@lagspill/auth';
import { IncidentCommands } from '../incident-commands';
import type { IncidentView } from '../incident-view';

@ApiTags('incidents')
@ApiBearerAuth()
@Controller('api/incidents')
export class AcknowledgeIncidentUpdateController {
  constructor(@Inject(IncidentCommands) private readonly commands: IncidentCommands) {}

  @Post(':id/updates/:updateId/acknowledge')
  @HttpCode(200)
  @Roles('reporter')
  @ApiOperation({ summary: "Acknowledge an incident update for the caller's organisation" })
  acknowledge(
    @CurrentCaller() caller: Caller,
    @Param('id') incidentId: string,
    @Param('updateId') updateId: string,
  ): Promise<IncidentView> {
    return this.commands.acknowledgeUpdate(caller, incidentId, updateId);
  }
}
