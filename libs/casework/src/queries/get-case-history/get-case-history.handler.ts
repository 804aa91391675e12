import { toHistory, type HistoryEntry } from '@lagspill/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { type Caller, viewerOf } from '@lagspill/auth';
import { originalTextAccess, originalTextAudienceOf } from '@lagspill/domain';
import { CaseLoader } from '../../access/case-loader';
import { CasePresenter } from '../../views/case-presenter';

/** The case's events from the log, oldest first, as the caller may see them. */
@Injectable()
export class GetCaseHistoryHandler {
  constructor(
    @Inject(CaseLoader) private readonly loader: CaseLoader,
    @Inject(CasePresenter) private readonly presenter: CasePresenter,
  ) {}

  async execute(caller: Caller, key: string): Promise<HistoryEntry[]> {
    const viewer = viewerOf(caller);
    const { document, events } = await this.loader.loadVisible(key, viewer);
    // Only the reporting organisation: a shared read is the case view's, where each one is audited.
    const original = originalTextAccess(originalTextAudienceOf(document), viewer) === 'own';
    const [unseal, visibleLinks] = await Promise.all([
      this.presenter.unsealFor(document, viewer),
      this.presenter.visibleLinks(document, viewer),
    ]);
    return toHistory(events, { viewer, original, unseal, visibleLinks });
  }
}
