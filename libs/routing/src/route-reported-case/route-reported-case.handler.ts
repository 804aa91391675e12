import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EventOfType } from '@lagspill/contracts';
import {
  Clock,
  CASE_DECIDER,
  CaseClosedError,
  Directory,
  InvalidCaseTransitionError,
  UnknownDirectoryEntryError,
  type CaseCommand,
  type CaseEvent,
  type CaseReportedData,
  type CaseState,
  type Organisation,
} from '@lagspill/domain';
import {
  DeciderRepository,
  EventProcessor,
  EventStore,
  type EventMetadata,
  type EventStoreTransaction,
  type RecordedEvent,
} from '@lagspill/event-store';
import { routeReport } from '../rules/route-report';
import { RoutingRulesRepository, type RoutingRuleTables } from '../rules/routing-rules.repository';
import { ROUTING_ACTOR, ROUTING_ACTOR_METADATA } from '../routing.options';

export const ROUTER_SUBSCRIPTION = 'routing.router';
type CaseReported = EventOfType<'case.reported'>;

/**
 * The router: routes every reported case by the rule table in force in the reporting organisation's
 * region (its own table, else the national defaults), in the subscription's transaction,
 * so a case is routed exactly once. A case that is no longer `reported` when its report is replayed
 * (already routed, or closed) is left alone.
 */
@Injectable()
export class RouteReportedCaseHandler extends EventProcessor<CaseReported> {
  private readonly logger = new Logger(RouteReportedCaseHandler.name);
  private readonly cases: DeciderRepository<CaseCommand, CaseEvent, CaseState>;

  constructor(
    @Inject(EventStore) store: EventStore,
    @Inject(RoutingRulesRepository) private readonly rules: RoutingRulesRepository,
    @Inject(Directory) private readonly directory: Directory,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    super(store, {
      name: ROUTER_SUBSCRIPTION,
      eventTypes: ['case.reported'],
      onError: (error, context) => this.logger.warn({ err: error }, `${context} failed; retrying`),
    });
    this.cases = new DeciderRepository(store, CASE_DECIDER);
  }

  protected async apply(events: readonly RecordedEvent<CaseReported>[], tx: EventStoreTransaction): Promise<void> {
    const tables = await this.rules.tables();
    for (const event of events) await this.route(event, tables, tx);
  }

  private async route(
    event: RecordedEvent<CaseReported>,
    tables: RoutingRuleTables,
    tx: EventStoreTransaction,
  ): Promise<void> {
    const report = event.data;
    const organisation = this.reportingOrganisation(report);
    if (!organisation) return;
    // The table of the reporting organisation's region: its own, else the national defaults.
    const { rules } = tables.table(this.directory.regionOf(organisation.id));
    const decision = routeReport(report, organisation, rules, this.directory);
    const command: CaseCommand = {
      type: 'route-case',
      actor: ROUTING_ACTOR,
      at: this.clock.now().toISOString(),
      party: decision.party,
      rule: decision.rule,
      serviceLevel: decision.serviceLevel,
    };
    const options = {
      tx,
      metadata: {
        actor: ROUTING_ACTOR_METADATA,
        causationId: event.eventId,
        correlationId: event.metadata.correlationId,
        ...(decision.fallback ? { routingFallback: decision.fallback } : {}),
      },
    };
    try {
      await this.routeAsReported(event, command, options);
      // Only when it routes: a report replayed after it was routed (e.g. seeded cases) is no news.
      if (decision.fallback) {
        this.logger.warn(
          `case ${report.caseId}: rule ${decision.rule} fell back to the working group: ${decision.fallback}`,
        );
      }
    } catch (error) {
      if (error instanceof InvalidCaseTransitionError || error instanceof CaseClosedError) {
        this.logger.debug(`case ${report.caseId} is no longer reported; not routing it again`);
        return;
      }
      throw error;
    }
  }

  /**
   * A report is its case's first event, and the case is usually still just that when it is routed: then
   * the case is folded from the report itself instead of read back (DeciderRepository.handleFrom reads
   * it only if something came after).
   */
  private async routeAsReported(
    event: RecordedEvent<CaseReported>,
    command: CaseCommand,
    options: { tx: EventStoreTransaction; metadata: EventMetadata },
  ): Promise<void> {
    if (event.streamVersion !== 1) {
      await this.cases.handle(event.streamId, command, options);
      return;
    }
    const state = CASE_DECIDER.evolve(CASE_DECIDER.initialState, event);
    await this.cases.handleFrom(event.streamId, command, { state, version: 1 }, options);
  }

  private reportingOrganisation(report: CaseReportedData): Organisation | undefined {
    try {
      return this.directory.organisation(report.reporter.organisation);
    } catch (error) {
      if (!(error instanceof UnknownDirectoryEntryError)) throw error;
      // Retrying cannot help; the case stays `reported` for a coordinator to route by hand.
      this.logger.error(`case ${report.caseId} not routed: ${error.message}`);
      return undefined;
    }
  }
}
