import { actorOf, viewerOf } from '@lagspill/auth';
import { Inject, Injectable } from '@nestjs/common';
import type { CaseView } from '@lagspill/contracts';
import {
  Clock,
  CASE_DECIDER,
  caseStreamId,
  foldCaseDocument,
  type ActorRef,
  type CaseCommand,
  type CaseDocument,
  type CaseEvent,
  type CaseState,
  type Viewer,
} from '@lagspill/domain';
import { DeciderRepository, EventStore, StreamVersionConflictError } from '@lagspill/event-store';
import { CaseLoader, type LoadedCase } from '../../access/case-loader';
import { CasePresenter } from '../../views/case-presenter';
import type { CaseCommandRequest, CaseCommandResult } from './case-command-request';
import { etagOf, parseIfMatch } from './if-match';

export interface CommandContext {
  readonly id: string;
  readonly document: CaseDocument;
  readonly actor: ActorRef;
  readonly viewer: Viewer;
  readonly at: string;
}

/**
 * How every change to a case runs: If-Match first (428/400), then visibility (404 for a case the caller
 * may not see), then the decider at the client's version (409 when stale), and the answer folded from
 * the stream itself, so it is current before the read model catches up.
 */
@Injectable()
export class CaseCommandRunner {
  private readonly cases: DeciderRepository<CaseCommand, CaseEvent, CaseState>;

  constructor(
    @Inject(EventStore) store: EventStore,
    @Inject(CaseLoader) private readonly loader: CaseLoader,
    @Inject(CasePresenter) private readonly presenter: CasePresenter,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    this.cases = new DeciderRepository(store, CASE_DECIDER);
  }

  async run(
    request: CaseCommandRequest,
    build: (context: CommandContext) => CaseCommand | Promise<CaseCommand>,
  ): Promise<CaseCommandResult<CaseView>> {
    const expectedVersion = parseIfMatch(request.ifMatch);
    const viewer = viewerOf(request.caller);
    const loaded: LoadedCase = await this.loader.loadVisible(request.caseKey, viewer);
    if (loaded.version !== expectedVersion) {
      throw new StreamVersionConflictError(caseStreamId(loaded.id), expectedVersion, loaded.version);
    }
    const actor = actorOf(request.caller);
    const command = await build({
      id: loaded.id,
      document: loaded.document,
      actor,
      viewer,
      at: this.clock.now().toISOString(),
    });
    const decided = await this.cases.handle(caseStreamId(loaded.id), command, {
      expectedVersion,
      // The correlation id is the request's (EventStoreOptions.correlationId).
      metadata: { actor: { id: actor.username, ...actor } },
    });
    // The decider ran at exactly the version loaded above, so the new events follow it directly.
    const document = foldCaseDocument(
      loaded.document,
      decided.events.map((event, index) => ({ ...event, streamVersion: expectedVersion + index + 1 })),
    );
    return { view: await this.presenter.present(document, viewer), etag: etagOf(decided.version) };
  }
}
