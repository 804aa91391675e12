import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@lagspill/auth';
import { IncidentCommands } from '../incident-commands';
import type { IncidentView } from '../incident-view';
import { PublishIncidentUpdateRequestDto } from './publish-incident-update.request.dto';

@ApiTags('incidents')
@ApiBearerAuth()
@Controller('api/incidents')
export class PublishIncidentUpdateController {
  constructor(@Inject(IncidentCommands) private readonly commands: IncidentCommands) {}

  @Post(':id/updates')
  @HttpCode(201)
  @Roles('coordinator', 'responder')
  @ApiOperation({ summary: 'Publish an update: it is delivered as a public comment on every linked case' })
  publish(
    @CurrentCaller() caller: Caller,
    @Param('id') incidentId: string,
    @Body() body: PublishIncidentUpdateRequestDto,
  ): Promise<IncidentView> {
    return this.commands.publishUpdate(caller, incidentId, body.body);
  }
}
