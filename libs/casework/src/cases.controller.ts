import {
  applyDecorators,
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Inject,
  Param,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@lagspill/auth';
import type { CaseFollowing, CasePage, CaseView, HistoryEntry } from '@lagspill/contracts';
import { CASE_ACTION_RULES, type CaseAction } from '@lagspill/domain';
import { CONSISTENT_WITH_HEADER } from '@lagspill/platform';
import type { Response } from 'express';
import { AcknowledgeCaseHandler } from './commands/acknowledge-case/acknowledge-case.handler';
import { AddCommentHandler } from './commands/add-comment/add-comment.handler';
import { AddCommentRequestDto } from './commands/add-comment/add-comment.request.dto';
import { CloseCaseHandler } from './commands/close-case/close-case.handler';
import { ForwardCaseHandler } from './commands/forward-case/forward-case.handler';
import { ForwardCaseRequestDto } from './commands/forward-case/forward-case.request.dto';
import { LinkCaseHandler } from './commands/link-case/link-case.handler';
import { ShareIdentityHandler } from './commands/share-identity/share-identity.handler';
import { IdentitySharingRequestDto } from './commands/share-identity/share-identity.request.dto';
import { SetConcernedOrganisationHandler } from './commands/set-concerned-organisation/set-concerned-organisation.handler';
import { SetConcernedOrganisationRequestDto } from './commands/set-concerned-organisation/set-concerned-organisation.request.dto';
import { LinkCaseRequestDto } from './commands/link-case/link-case.request.dto';
import { ProvideInformationHandler } from './commands/provide-information/provide-information.handler';
import { ProvideInformationRequestDto } from './commands/provide-information/provide-information.request.dto';
import { ReopenCaseHandler } from './commands/reopen-case/reopen-case.handler';
import { ReopenCaseRequestDto } from './commands/reopen-case/reopen-case.request.dto';
import { RequestInformationHandler } from './commands/request-information/request-information.handler';
import { RequestInformationRequestDto } from './commands/request-information/request-information.request.dto';
import { ResolveCaseHandler } from './commands/resolve-case/resolve-case.handler';
import { ResolveCaseRequestDto } from './commands/resolve-case/resolve-case.request.dto';
import type { CaseCommandResult } from './commands/shared/case-command-request';
import { etagOf } from './commands/shared/if-match';
import { FollowCaseHandler } from './following/follow-case.handler';
import { GetCaseHistoryHandler } from './queries/get-case-history/get-case-history.handler';
import { GetCaseHandler } from './queries/get-case/get-case.handler';
import { parseConsistentWith } from './queries/list-cases/consistent-with';
import { ListCasesHandler } from './queries/list-cases/list-cases.handler';
import { ListCasesRequestDto } from './queries/list-cases/list-cases.request.dto';

const IF_MATCH = { name: 'If-Match', required: true, description: 'The case version from its last read: "<version>"' };

/** A case action's route: its path and roles come from the action's one rule, so they cannot drift apart. */
function CaseActionRoute(action: CaseAction, summary: string): MethodDecorator {
  return applyDecorators(
    Post(`:id/${action}`),
    HttpCode(200),
    Roles(...CASE_ACTION_RULES[action].roles),
    ApiOperation({ summary }),
    ApiHeader(IF_MATCH),
  );
}

/**
 * Every route of /api/cases, in the order Express matches them: the list before `:id`, and each
 * change to a case answers with the case as the caller may see it and its new ETag.
 */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/cases')
export class CasesController {
  constructor(
    @Inject(ListCasesHandler) private readonly listCases: ListCasesHandler,
    @Inject(GetCaseHistoryHandler) private readonly getCaseHistory: GetCaseHistoryHandler,
    @Inject(GetCaseHandler) private readonly getCase: GetCaseHandler,
    @Inject(AcknowledgeCaseHandler) private readonly acknowledgeCase: AcknowledgeCaseHandler,
    @Inject(AddCommentHandler) private readonly addComment: AddCommentHandler,
    @Inject(RequestInformationHandler) private readonly requestInformation: RequestInformationHandler,
    @Inject(ProvideInformationHandler) private readonly provideInformation: ProvideInformationHandler,
    @Inject(ForwardCaseHandler) private readonly forwardCase: ForwardCaseHandler,
    @Inject(ResolveCaseHandler) private readonly resolveCase: ResolveCaseHandler,
    @Inject(ReopenCaseHandler) private readonly reopenCase: ReopenCaseHandler,
    @Inject(CloseCaseHandler) private readonly closeCase: CloseCaseHandler,
    @Inject(FollowCaseHandler) private readonly followCase: FollowCaseHandler,
    @Inject(LinkCaseHandler) private readonly linkCase: LinkCaseHandler,
    @Inject(SetConcernedOrganisationHandler) private readonly setConcerned: SetConcernedOrganisationHandler,
    @Inject(ShareIdentityHandler) private readonly shareIdentity: ShareIdentityHandler,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'The cases the caller may see, newest first or soonest due first, with filters and cursor paging',
  })
  @ApiHeader({
    name: CONSISTENT_WITH_HEADER,
    required: false,
    description:
      "The case id and version of the caller's own last change (`<id>;v=<version>`): the list waits up to 2 s for " +
      'the read model to include it, then answers as it stands',
  })
  list(
    @CurrentCaller() caller: Caller,
    @Query() query: ListCasesRequestDto,
    @Headers(CONSISTENT_WITH_HEADER.toLowerCase()) consistentWith: string | undefined,
  ): Promise<CasePage> {
    return this.listCases.execute(caller, query, parseConsistentWith(consistentWith));
  }

  @Get(':id/history')
  @ApiOperation({ summary: "The case's events that the caller may see, oldest first (id or reference)" })
  history(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<HistoryEntry[]> {
    return this.getCaseHistory.execute(caller, id);
  }

  @Get(':id')
  @ApiOperation({ summary: 'The case as the caller may see it, by id or reference; ETag is its version' })
  async get(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseView> {
    const view = await this.getCase.execute(caller, id);
    response.setHeader('ETag', etagOf(view.version));
    return view;
  }

  @CaseActionRoute('acknowledge', 'Take the case (responder of the current party)')
  async acknowledge(
    @CurrentCaller() caller: Caller,
    @Param('id') caseKey: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseView> {
    return answer(response, await this.acknowledgeCase.execute({ caller, caseKey, ifMatch }));
  }

  @Post(':id/comments')
  // Every person may comment on a case they see; a system client only reports and reads (docs/api.md).
  @Roles('reporter', 'responder', 'coordinator', 'admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Comment on the case; internal comments only for the current party and coordinators' })
  @ApiHeader(IF_MATCH)
  async comment(
    @CurrentCaller() caller: Caller,
    @Param('id') caseKey: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: AddCommentRequestDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseView> {
    return answer(response, await this.addComment.execute({ caller, caseKey, ifMatch }, body));
  }

  @CaseActionRoute('request-information', 'Ask the reporter for information; pauses the SLA clock')
  async requestInformationOn(
    @CurrentCaller() caller: Caller,
    @Param('id') caseKey: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: RequestInformationRequestDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseView> {
    return answer(response, await this.requestInformation.execute({ caller, caseKey, ifMatch }, body));
  }

  @CaseActionRoute('provide-information', 'Answer a request for information; resumes the SLA clock')
  async provideInformationOn(
    @CurrentCaller() caller: Caller,
    @Param('id') caseKey: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: ProvideInformationRequestDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseView> {
    return answer(response, await this.provideInformation.execute({ caller, caseKey, ifMatch }, body));
  }

  @CaseActionRoute('forward', 'Route the case to another party, with a new SLA clock')
  async forward(
    @CurrentCaller() caller: Caller,
    @Param('id') caseKey: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: ForwardCaseRequestDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseView> {
    return answer(response, await this.forwardCase.execute({ caller, caseKey, ifMatch }, body));
  }

  @CaseActionRoute('resolve', 'Resolve the case')
  async resolve(
    @CurrentCaller() caller: Caller,
    @Param('id') caseKey: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: ResolveCaseRequestDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseView> {
    return answer(response, await this.resolveCase.execute({ caller, caseKey, ifMatch }, body));
  }

  @CaseActionRoute('reopen', 'Reopen a resolved or closed case')
  async reopen(
    @CurrentCaller() caller: Caller,
    @Param('id') caseKey: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: ReopenCaseRequestDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseView> {
    return answer(response, await this.reopenCase.execute({ caller, caseKey, ifMatch }, body));
  }

  @CaseActionRoute('close', 'Close the case')
  async close(
    @CurrentCaller() caller: Caller,
    @Param('id') caseKey: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseView> {
    return answer(response, await this.closeCase.execute({ caller, caseKey, ifMatch }));
  }

  @Post(':id/link')
  @HttpCode(200)
  @Roles('coordinator', 'responder')
  @ApiOperation({ summary: 'Link the case to another case' })
  @ApiHeader(IF_MATCH)
  async link(
    @CurrentCaller() caller: Caller,
    @Param('id') caseKey: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: LinkCaseRequestDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseView> {
    return answer(response, await this.linkCase.execute({ caller, caseKey, ifMatch }, body));
  }

  @Post(':id/concerned-organisation')
  @HttpCode(200)
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'Set or correct the other organisation the case concerns (the working group)' })
  @ApiHeader(IF_MATCH)
  async setConcernedOrganisation(
    @CurrentCaller() caller: Caller,
    @Param('id') caseKey: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: SetConcernedOrganisationRequestDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseView> {
    return answer(response, await this.setConcerned.execute({ caller, caseKey, ifMatch }, body));
  }

  @Post(':id/identity-sharing')
  @HttpCode(200)
  @Roles('reporter')
  @ApiOperation({
    summary:
      'The reporting organisation shares the identity numbers with the organisation the case concerns, or withdraws',
  })
  @ApiHeader(IF_MATCH)
  async setIdentitySharing(
    @CurrentCaller() caller: Caller,
    @Param('id') caseKey: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: IdentitySharingRequestDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseView> {
    return answer(response, await this.shareIdentity.execute({ caller, caseKey, ifMatch }, body));
  }

  @Put(':id/following')
  @Roles('reporter', 'responder', 'coordinator', 'admin')
  @ApiOperation({
    summary: 'Follow the case: hear of its updates and find it under «Følger» (anyone who may see it; no If-Match)',
  })
  follow(@CurrentCaller() caller: Caller, @Param('id') caseKey: string): Promise<CaseFollowing> {
    return this.followCase.execute(caller, caseKey, true);
  }

  @Delete(':id/following')
  @Roles('reporter', 'responder', 'coordinator', 'admin')
  @ApiOperation({ summary: 'Stop following the case' })
  unfollow(@CurrentCaller() caller: Caller, @Param('id') caseKey: string): Promise<CaseFollowing> {
    return this.followCase.execute(caller, caseKey, false);
  }
}

/** The changed case as the answer, its new version as the ETag. */
function answer(response: Response, result: CaseCommandResult<CaseView>): CaseView {
  response.setHeader('ETag', result.etag);
  return result.view;
}
