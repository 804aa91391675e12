import { Module } from '@nestjs/common';
import { CaseLoader } from './access/case-loader';
import { CasesController } from './cases.controller';
import { ExportCasesController } from './queries/export-cases/export-cases.controller';
import { ExportCasesHandler } from './queries/export-cases/export-cases.handler';
import { SavedFilterRepository } from './saved-filters/saved-filter.repository';
import { SavedFilters } from './saved-filters/saved-filters';
import { SavedFiltersController } from './saved-filters/saved-filters.controller';
import { AcknowledgeCaseHandler } from './commands/acknowledge-case/acknowledge-case.handler';
import { AddCommentHandler } from './commands/add-comment/add-comment.handler';
import { CloseCaseHandler } from './commands/close-case/close-case.handler';
import { ForwardCaseHandler } from './commands/forward-case/forward-case.handler';
import { LinkCaseHandler } from './commands/link-case/link-case.handler';
import { ShareIdentityHandler } from './commands/share-identity/share-identity.handler';
import { SetConcernedOrganisationHandler } from './commands/set-concerned-organisation/set-concerned-organisation.handler';
import { ProvideInformationHandler } from './commands/provide-information/provide-information.handler';
import { ReopenCaseHandler } from './commands/reopen-case/reopen-case.handler';
import { RequestInformationHandler } from './commands/request-information/request-information.handler';
import { ResolveCaseHandler } from './commands/resolve-case/resolve-case.handler';
import { CaseCommandRunner } from './commands/shared/case-command-runner';
import { GetCaseHandler } from './queries/get-case/get-case.handler';
import { GetCaseHistoryHandler } from './queries/get-case-history/get-case-history.handler';
import { ListCasesHandler } from './queries/list-cases/list-cases.handler';
import { CaseViewProjection } from './read-model/case-view.projection';
import { CaseViewRepository } from './read-model/case-view.repository';
import { CasePresenter } from './views/case-presenter';
import { LinkedCases } from './access/linked-cases';
import { CaseFollowers } from './following/case-followers';
import { CaseFollowersProjection } from './following/case-followers.projection';
import { CaseFollowersRepository } from './following/case-followers.repository';
import { FollowCaseHandler } from './following/follow-case.handler';

/**
 * Casework: the case read model (projection, list and detail queries, history) and every change to a
 * case after it was reported. Needs the EventStore, Directory and privacy providers of the app
 * (EventStoreModule, DirectoryModule, PlatformModule), and CASEWORK_MIGRATIONS.
 */
@Module({
  // ExportCasesController first: Express matches in registration order, and /api/cases/:id would take export.csv.
  controllers: [ExportCasesController, CasesController, SavedFiltersController],
  providers: [
    CaseViewProjection,
    CaseFollowersProjection,
    CaseFollowersRepository,
    CaseFollowers,
    FollowCaseHandler,
    CaseViewRepository,
    ExportCasesHandler,
    SavedFilterRepository,
    SavedFilters,
    CaseLoader,
    LinkedCases,
    CasePresenter,
    CaseCommandRunner,
    ListCasesHandler,
    GetCaseHandler,
    GetCaseHistoryHandler,
    AcknowledgeCaseHandler,
    AddCommentHandler,
    RequestInformationHandler,
    ProvideInformationHandler,
    ForwardCaseHandler,
    ResolveCaseHandler,
    ReopenCaseHandler,
    CloseCaseHandler,
    LinkCaseHandler,
    SetConcernedOrganisationHandler,
    ShareIdentityHandler,
  ],
  exports: [CaseViewProjection, CaseViewRepository],
})
export class CaseworkModule {}
