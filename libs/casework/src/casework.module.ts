import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseLoader } from './access/case-loader';
import { AcknowledgeCaseController } from './commands/acknowledge-case/acknowledge-case.controller';
import { AcknowledgeCaseHandler } from './commands/acknowledge-case/acknowledge-case.handler';
import { AddCommentController } from './commands/add-comment/add-comment.controller';
import { AddCommentHandler } from './commands/add-comment/add-comment.handler';
import { CloseCaseController } from './commands/close-case/close-case.controller';
import { CloseCaseHandler } from './commands/close-case/close-case.handler';
import { ForwardCaseController } from './commands/forward-case/forward-case.controller';
import { ForwardCaseHandler } from './commands/forward-case/forward-case.handler';
import { LinkCaseController } from './commands/link-case/link-case.controller';
import { LinkCaseHandler } from './commands/link-case/link-case.handler';
import { ProvideInformationController } from './commands/provide-information/provide-information.controller';
import { ProvideInformationHandler } from './commands/provide-information/provide-information.handler';
import { ReopenCaseController } from './commands/reopen-case/reopen-case.controller';
import { ReopenCaseHandler } from './commands/reopen-case/reopen-case.handler';
import { RequestInformationController } from './commands/request-information/request-information.controller';
import { RequestInformationHandler } from './commands/request-information/request-information.handler';
import { ResolveCaseController } from './commands/resolve-case/resolve-case.controller';
import { ResolveCaseHandler } from './commands/resolve-case/resolve-case.handler';
import { CaseCommandRunner } from './commands/shared/case-command-runner';
import { GetCaseController } from './queries/get-case/get-case.controller';
import { GetCaseHandler } from './queries/get-case/get-case.handler';
import { GetCaseHistoryController } from './queries/get-case-history/get-case-history.controller';
import { GetCaseHistoryHandler } from './queries/get-case-history/get-case-history.handler';
import { ListCasesController } from './queries/list-cases/list-cases.controller';
import { ListCasesHandler } from './queries/list-cases/list-cases.handler';
import { CaseViewEntity } from './read-model/case-view.entity';
import { CaseViewProjection } from './read-model/case-view.projection';
import { CaseViewRepository } from './read-model/case-view.repository';
import { CasePresenter } from './views/case-presenter';
import { LinkedCases } from './access/linked-cases';

/**
 * Casework: the case read model (projection, list and detail queries, history) and every change to a
 * case after it was reported. Needs the EventStore, Directory, TypeORM data source and privacy
 * providers of the app (EventStoreModule, DirectoryModule, PlatformModule), and CASEWORK_MIGRATIONS.
 */
@Module({
  imports: [TypeOrmModule.forFeature([CaseViewEntity])],
  controllers: [
    // The list first: GET /api/cases before GET /api/cases/:id.
    ListCasesController,
    GetCaseHistoryController,
    GetCaseController,
    AcknowledgeCaseController,
    AddCommentController,
    RequestInformationController,
    ProvideInformationController,
    ForwardCaseController,
    ResolveCaseController,
    ReopenCaseController,
    CloseCaseController,
    LinkCaseController,
  ],
  providers: [
    CaseViewProjection,
    CaseViewRepository,
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
  ],
  exports: [CaseViewProjection, CaseViewRepository],
})
export class CaseworkModule {}
