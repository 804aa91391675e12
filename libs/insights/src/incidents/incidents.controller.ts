import { Body, Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@lagspill/auth';
import { IncidentCommands } from './incident-commands';
import { IncidentQueries } from './incident-queries';
import type { IncidentView } from './incident-view';
import { PublishIncidentUpdateRequestDto } from './publish-incident-update/publish-incident-update.request.dto';

/** Every route of /api/incidents: the incidents the caller takes part in, their updates and acknowledgements. */
@ApiTags('incidents')
@ApiBearerAuth()
@Controller('api/incidents')
export class IncidentsController {
  constructor(
    @Inject(IncidentQueries) private readonly queries: IncidentQueries,
    @Inject(IncidentCommands) private readonly commands: IncidentCommands,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Incidents the caller takes part in, newest first' })
  list(@CurrentCaller() caller: Caller): Promise<{ items: IncidentView[] }> {
    return this.queries.list(caller);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One incident with its cases, updates and acknowledgements' })
  get(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<IncidentView> {
    return this.queries.get(caller, id);
  }

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
