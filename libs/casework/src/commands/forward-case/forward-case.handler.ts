import { Inject, Injectable } from '@nestjs/common';
import type { CaseView } from '@lagspill/contracts';
import { Directory, forwardingServiceLevel } from '@lagspill/domain';
import { TextScreener } from '@lagspill/platform';
import type { CaseCommandRequest, CaseCommandResult } from '../shared/case-command-request';
import { CaseCommandRunner } from '../shared/case-command-runner';
import type { ForwardCaseRequestDto } from './forward-case.request.dto';

/** Routes the case to another party (or organisation) with its service level: a new clock starts. */
@Injectable()
export class ForwardCaseHandler {
  constructor(
    @Inject(CaseCommandRunner) private readonly runner: CaseCommandRunner,
    @Inject(TextScreener) private readonly screener: TextScreener,
    @Inject(Directory) private readonly directory: Directory,
  ) {}

  execute(request: CaseCommandRequest, body: ForwardCaseRequestDto): Promise<CaseCommandResult<CaseView>> {
    return this.runner.run(request, async ({ id, actor, at, document }) => ({
      type: 'forward-case',
      actor,
      at,
      to: body.party,
      reason: await this.screener.screen(id, body.reason),
      serviceLevel: forwardingServiceLevel(this.directory, body.party, actor, document.reporter.organisation),
    }));
  }
}
