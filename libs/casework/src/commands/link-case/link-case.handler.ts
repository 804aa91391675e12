import { Inject, Injectable } from '@nestjs/common';
import type { CaseView } from '@lagspill/contracts';
import { CaseLoader } from '../../access/case-loader';
import type { CaseCommandRequest, CaseCommandResult } from '../shared/case-command-request';
import { CaseCommandRunner } from '../shared/case-command-runner';
import type { LinkCaseRequestDto } from './link-case.request.dto';

/** Links the case to another one the caller may see (a case they may not see is not found). */
@Injectable()
export class LinkCaseHandler {
  constructor(
    @Inject(CaseCommandRunner) private readonly runner: CaseCommandRunner,
    @Inject(CaseLoader) private readonly loader: CaseLoader,
  ) {}

  execute(request: CaseCommandRequest, body: LinkCaseRequestDto): Promise<CaseCommandResult<CaseView>> {
    return this.runner.run(request, async ({ actor, viewer, at }) => {
      const other = await this.loader.loadVisible(body.case, viewer);
      return { type: 'link-case', actor, at, case: other.id, relation: body.relation };
    });
  }
}
