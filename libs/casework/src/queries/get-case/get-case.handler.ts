import { Inject, Injectable } from '@nestjs/common';
import { type Caller, viewerOf } from '@lagspill/auth';
import type { CaseView } from '@lagspill/contracts';
import { CaseLoader } from '../../access/case-loader';
import { CaseFollowers } from '../../following/case-followers';
import { CasePresenter } from '../../views/case-presenter';

/**
 * One case by id or reference, folded from its stream so that it is current right after a change
 * (the list read model may lag a moment); not found when the caller may not see it.
 */
@Injectable()
export class GetCaseHandler {
  constructor(
    @Inject(CaseLoader) private readonly loader: CaseLoader,
    @Inject(CasePresenter) private readonly presenter: CasePresenter,
    @Inject(CaseFollowers) private readonly followers: CaseFollowers,
  ) {}

  async execute(caller: Caller, key: string): Promise<CaseView> {
    const viewer = viewerOf(caller);
    const { id, document } = await this.loader.loadVisible(key, viewer);
    const [view, { followers }] = await Promise.all([this.presenter.present(document, viewer), this.followers.of(id)]);
    return { ...view, following: followers.includes(caller.username) };
  }
}
