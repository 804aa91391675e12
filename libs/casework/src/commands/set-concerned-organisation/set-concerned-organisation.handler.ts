import { Inject, Injectable } from '@nestjs/common';
import type { CaseView } from '@lagspill/contracts';
import { CaseCommandRejectedError, Directory, requireConcernedOrganisation } from '@lagspill/domain';
import type { CaseCommandRequest, CaseCommandResult } from '../shared/case-command-request';
import { CaseCommandRunner } from '../shared/case-command-runner';
import type { SetConcernedOrganisationRequestDto } from './set-concerned-organisation.request.dto';

/** The working group sets or corrects which other organisation a case concerns. */
@Injectable()
export class SetConcernedOrganisationHandler {
  constructor(
    @Inject(CaseCommandRunner) private readonly runner: CaseCommandRunner,
    @Inject(Directory) private readonly directory: Directory,
  ) {}

  execute(request: CaseCommandRequest, body: SetConcernedOrganisationRequestDto): Promise<CaseCommandResult<CaseView>> {
    return this.runner.run(request, ({ actor, at, document }) => {
      if (body.organisation !== null) {
        requireConcernedOrganisation(
          this.directory,
          body.organisation,
          document.reporter.organisation,
          (message) => new CaseCommandRejectedError('organisation', message),
        );
      }
      return { type: 'set-concerned-organisation', actor, at, organisation: body.organisation };
    });
  }
}
