import { Inject, Injectable } from '@nestjs/common';
import { canSeeCase, CaseNotFoundError, incidentStreamId, type CaseDocument, type Viewer } from '@lagspill/domain';
import { EventStore } from '@lagspill/event-store';
import { CaseViewRepository } from '../read-model/case-view.repository';
import { CaseLoader } from './case-loader';

/**
 * Which of a case's linked cases (and incidents) the viewer may see. A link to any other case is left
 * out of what they are shown, so that its id does not tell them the case exists.
 */
@Injectable()
export class LinkedCases {
  constructor(
    @Inject(CaseViewRepository) private readonly cases: CaseViewRepository,
    @Inject(CaseLoader) private readonly loader: CaseLoader,
    @Inject(EventStore) private readonly store: EventStore,
  ) {}

  async visibleTo(document: CaseDocument, viewer: Viewer): Promise<ReadonlySet<string>> {
    const ids = [...new Set(document.links.map((link) => link.case))];
    const incidents = new Set(document.links.filter((l) => l.relation === 'part-of-incident').map((l) => l.case));
    const audiences = await this.cases.audiencesOf(ids);
    const visible = new Set<string>();
    for (const id of ids) {
      const audience = audiences.get(id);
      if (audience) {
        if (canSeeCase(audience, viewer)) visible.add(id);
      } else if ((await this.visibleFromStream(id, viewer)) || (incidents.has(id) && (await this.isIncident(id)))) {
        visible.add(id);
      }
    }
    return visible;
  }

  /** An incident (declared from a cluster) is no case: whoever sees a case of it sees that it belongs to one. */
  private async isIncident(id: string): Promise<boolean> {
    return (await this.store.readStream(incidentStreamId(id), { limit: 1 })).length > 0;
  }

  /** A case linked moments after it was reported may not be in the read model yet: ask its stream. */
  private async visibleFromStream(id: string, viewer: Viewer): Promise<boolean> {
    try {
      await this.loader.loadVisible(id, viewer);
      return true;
    } catch (error) {
      if (error instanceof CaseNotFoundError) return false;
      throw error;
    }
  }
}
