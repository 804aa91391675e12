import { Inject, Injectable } from '@nestjs/common';
import { viewerOf, type Caller } from '@lagspill/auth';
import { IncidentNotFoundError } from '@lagspill/domain';
import { IncidentRepository } from './incident.repository';
import { toIncidentView, type IncidentView } from './incident-view';

const LIST_LIMIT = 200;

/** The incidents the caller may see, as they may see them (404 for one they may not). */
@Injectable()
export class IncidentQueries {
  constructor(@Inject(IncidentRepository) private readonly incidents: IncidentRepository) {}

  async list(caller: Caller): Promise<{ items: IncidentView[] }> {
    const viewer = viewerOf(caller);
    const documents = await this.incidents.listVisible(viewer, LIST_LIMIT);
    return { items: documents.map((document) => toIncidentView(document, viewer)) };
  }

  async get(caller: Caller, id: string): Promise<IncidentView> {
    const viewer = viewerOf(caller);
    const document = await this.incidents.findVisible(id, viewer);
    if (!document) throw new IncidentNotFoundError(id);
    return toIncidentView(document, viewer);
  }
}
