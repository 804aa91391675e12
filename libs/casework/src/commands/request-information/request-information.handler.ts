import { Inject, Injectable } from '@nestjs/common';
import type { CaseView } from '@lagspill/contracts';
import { TextScreener } from '@lagspill/platform';
import type { CaseCommandRequest, CaseCommandResult } from '../shared/case-command-request';
import { CaseCommandRunner } from '../shared/case-command-runner';
import type { RequestInformationRequestDto } from './request-information.request.dto';

/** The current party (or a coordinator) asks the reporter; the SLA clock stops until the answer. */
@Injectable()
export class RequestInformationHandler {
  constructor(
    @Inject(CaseCommandRunner) private readonly runner: CaseCommandRunner,
    @Inject(TextScreener) private readonly screener: TextScreener,
  ) {}

  execute(request: CaseCommandRequest, body: RequestInformationRequestDto): Promise<CaseCommandResult<CaseView>> {
    return this.runner.run(request, async ({ id, actor, at }) => ({
      type: 'request-information',
      actor,
      at,
      question: await this.screener.screen(id, body.question),
    }));
  }
}
