import { Inject, Injectable } from '@nestjs/common';
import { canSeeCase, CaseNotFoundError, type CaseDocument, type Viewer } from '@lagspill/domain';
import { CaseViewRepository } from '../read-model/case-view.repository';
import { CaseLoader } from './case-loader';

/**
 * Which of a case's linked cases the viewer may see. A link to any other case is left out of what they
 * are shown, so that its id does not tell them the case exists.
 */
@Injectable()
export class LinkedCases {
  constructor(
    @Inject(CaseViewRepository) private readonly cases: CaseViewRepository,
    @Inject(CaseLoader) private readonly loader: CaseLoader,
  ) {}

  async visibleTo(document: CaseDocument, viewer: Viewer): Promise<ReadonlySet<string>> {
    const ids = [...new Set(document.links.map((link) => link.case))];
    const audiences = await this.cases.audiencesOf(ids);
    const visible = new Set<string>();
    for (const id of ids) {
      const audience = audiences.get(id);
      if (audience ? canSeeCase(audience, viewer) : await this.visibleFromStream(id, viewer)) visible.add(id);
    }
    return visible;
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
