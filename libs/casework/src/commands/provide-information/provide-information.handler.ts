import { Inject, Injectable } from '@nestjs/common';
import type { CaseView } from '@lagspill/contracts';
import { TextScreener } from '@lagspill/platform';
import type { CaseCommandRequest, CaseCommandResult } from '../shared/case-command-request';
import { CaseCommandRunner } from '../shared/case-command-runner';
import type { ProvideInformationRequestDto } from './provide-information.request.dto';

/** The reporting organisation answers; the clock runs again, its due times moved by the pause. */
@Injectable()
export class ProvideInformationHandler {
  constructor(
    @Inject(CaseCommandRunner) private readonly runner: CaseCommandRunner,
    @Inject(TextScreener) private readonly screener: TextScreener,
  ) {}

  execute(request: CaseCommandRequest, body: ProvideInformationRequestDto): Promise<CaseCommandResult<CaseView>> {
    return this.runner.run(request, async ({ id, actor, at }) => ({
      type: 'provide-information',
      actor,
      at,
      answer: await this.screener.screen(id, body.answer),
    }));
  }
}
