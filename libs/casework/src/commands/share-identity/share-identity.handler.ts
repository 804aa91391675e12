import { Inject, Injectable } from '@nestjs/common';
import type { CaseView } from '@lagspill/contracts';
import type { CaseCommandRequest, CaseCommandResult } from '../shared/case-command-request';
import { CaseCommandRunner } from '../shared/case-command-runner';
import type { IdentitySharingRequestDto } from './share-identity.request.dto';

/** The reporting organisation shares its identity numbers with the organisation the case concerns, or stops. */
@Injectable()
export class ShareIdentityHandler {
  constructor(@Inject(CaseCommandRunner) private readonly runner: CaseCommandRunner) {}

  execute(request: CaseCommandRequest, body: IdentitySharingRequestDto): Promise<CaseCommandResult<CaseView>> {
    return this.runner.run(request, ({ actor, at }) => ({
      type: body.share ? 'share-identity' : 'withdraw-identity-sharing',
      actor,
      at,
    }));
  }
}
