import { Inject, Injectable } from '@nestjs/common';
import type { CaseView } from '@lagspill/contracts';
import { Directory, reopeningServiceLevel } from '@lagspill/domain';
import { TextScreener } from '@lagspill/platform';
import type { CaseCommandRequest, CaseCommandResult } from '../shared/case-command-request';
import { CaseCommandRunner } from '../shared/case-command-runner';
import type { ReopenCaseRequestDto } from './reopen-case.request.dto';

/** The reporting organisation (or a coordinator) reopens the case; its party gets a new resolution clock. */
@Injectable()
export class ReopenCaseHandler {
  constructor(
    @Inject(CaseCommandRunner) private readonly runner: CaseCommandRunner,
    @Inject(TextScreener) private readonly screener: TextScreener,
    @Inject(Directory) private readonly directory: Directory,
  ) {}

  execute(request: CaseCommandRequest, body: ReopenCaseRequestDto): Promise<CaseCommandResult<CaseView>> {
    return this.runner.run(request, async ({ id, document, actor, at }) => {
      // Before the reason is screened (and its original sealed): a refused command keeps nothing.
      const serviceLevel = reopeningServiceLevel(this.directory, document);
      return { type: 'reopen-case', actor, at, reason: await this.screener.screen(id, body.reason), serviceLevel };
    });
  }
}
