import { Inject, Injectable } from '@nestjs/common';
import type { CaseView } from '@lagspill/contracts';
import { TextScreener } from '@lagspill/platform';
import type { CaseCommandRequest, CaseCommandResult } from '../shared/case-command-request';
import { CaseCommandRunner } from '../shared/case-command-runner';
import type { ResolveCaseRequestDto } from './resolve-case.request.dto';

/** The current party (or a coordinator) resolves the case. */
@Injectable()
export class ResolveCaseHandler {
  constructor(
    @Inject(CaseCommandRunner) private readonly runner: CaseCommandRunner,
    @Inject(TextScreener) private readonly screener: TextScreener,
  ) {}

  execute(request: CaseCommandRequest, body: ResolveCaseRequestDto): Promise<CaseCommandResult<CaseView>> {
    return this.runner.run(request, async ({ id, actor, at }) => ({
      type: 'resolve-case',
      actor,
      at,
      resolution: await this.screener.screen(id, body.resolution),
    }));
  }
}
