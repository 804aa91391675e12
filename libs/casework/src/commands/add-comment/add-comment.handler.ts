import { Inject, Injectable } from '@nestjs/common';
import type { CaseView } from '@lagspill/contracts';
import { TextScreener } from '@lagspill/platform';
import { v7 as uuidv7 } from 'uuid';
import type { CaseCommandRequest, CaseCommandResult } from '../shared/case-command-request';
import { CaseCommandRunner } from '../shared/case-command-runner';
import type { AddCommentRequestDto } from './add-comment.request.dto';

/** Anyone who may see the case comments publicly; internal comments only the current party and coordinators. */
@Injectable()
export class AddCommentHandler {
  constructor(
    @Inject(CaseCommandRunner) private readonly runner: CaseCommandRunner,
    @Inject(TextScreener) private readonly screener: TextScreener,
  ) {}

  execute(request: CaseCommandRequest, body: AddCommentRequestDto): Promise<CaseCommandResult<CaseView>> {
    return this.runner.run(request, async ({ id, actor, at }) => ({
      type: 'add-comment',
      actor,
      at,
      commentId: uuidv7(),
      visibility: body.visibility,
      body: await this.screener.screen(id, body.body),
    }));
  }
}
