import { Inject, Injectable } from '@nestjs/common';
import type { CaseView } from '@lagspill/contracts';
import type { CaseCommandRequest, CaseCommandResult } from '../shared/case-command-request';
import { CaseCommandRunner } from '../shared/case-command-runner';

/** The reporting organisation closes a resolved case; a coordinator may close any open one. */
@Injectable()
export class CloseCaseHandler {
  constructor(@Inject(CaseCommandRunner) private readonly runner: CaseCommandRunner) {}

  execute(request: CaseCommandRequest): Promise<CaseCommandResult<CaseView>> {
    return this.runner.run(request, ({ actor, at }) => ({ type: 'close-case', actor, at }));
  }
}
