import { Inject, Injectable } from '@nestjs/common';
import type { CaseView } from '@lagspill/contracts';
import type { CaseCommandRequest, CaseCommandResult } from '../shared/case-command-request';
import { CaseCommandRunner } from '../shared/case-command-runner';

/** The current party takes the case; the decider checks that the caller acts for it. */
@Injectable()
export class AcknowledgeCaseHandler {
  constructor(@Inject(CaseCommandRunner) private readonly runner: CaseCommandRunner) {}

  execute(request: CaseCommandRequest): Promise<CaseCommandResult<CaseView>> {
    return this.runner.run(request, ({ actor, at }) => ({ type: 'acknowledge-case', actor, at }));
  }
}
