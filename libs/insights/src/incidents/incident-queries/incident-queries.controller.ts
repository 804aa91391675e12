import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, viewerOf, type Caller } from '@lagspill/auth';
import { IncidentNotFoundError } from '@lagspill/domain';
import { IncidentRepository } from '../incident.repository';
import { toIncidentView, type IncidentView } from '../incident-view';

const LIST_LIMIT = 200;

/** GET /api/incidents and /api/incidents/{id}: the incidents the caller may see, as they may see them. */
@ApiTags('incidents')
@ApiBearerAuth()
@Controller('api/incidents')
export class IncidentQueriesController {
  constructor(@Inject(IncidentRepository) private readonly incidents: IncidentRepository) {}

  @Get()
  @ApiOperation({ summary: 'Incidents the caller takes part in, newest first' })
  async list(@CurrentCaller() caller: Caller): Promise<{ items: IncidentView[] }> {
    const viewer = viewerOf(caller);
    const documents = await this.incidents.listVisible(viewer, LIST_LIMIT);
    return { items: documents.map((document) => toIncidentView(document, viewer)) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One incident with its cases, updates and acknowledgements' })
  async get(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<IncidentView> {
    const viewer = viewerOf(caller);
    const document = await this.incidents.findVisible(id, viewer);
    if (!document) throw new IncidentNotFoundError(id);
    return toIncidentView(document, viewer);
  }
}
