import { Inject, Injectable, Logger } from '@nestjs/common';
import { isCatalogEvent, type CatalogEvents } from '@lagspill/contracts';
import {
  Clock,
  CASE_DECIDER,
  caseStreamId,
  DomainError,
  INCIDENT_DECIDER,
  incidentStreamId,
  screenText,
  type CaseCommand,
  type CaseEvent,
  type CaseState,
  type IncidentCommand,
  type IncidentDeclaredData,
  type IncidentEvent,
  type IncidentState,
  type IncidentUpdatePublishedData,
} from '@lagspill/domain';
import {
  DeciderRepository,
  EventStore,
  EventProcessor,
  StreamVersionConflictError,
  type EventStoreTransaction,
  type RecordedEvent,
} from '@lagspill/event-store';

export const INCIDENT_DELIVERY_SUBSCRIPTION = 'insights.incident-delivery';
const DELIVERED_EVENT_TYPES = ['incident.declared', 'incident.update-published'] as const;
type DeliveredEvent = CatalogEvents<typeof DELIVERED_EVENT_TYPES>;

/**
 * Carries an incident to its cases, in the subscription's transaction (so exactly once): a declared
 * incident links every case to it (`part-of-incident`), and each published update becomes a public
 * comment on every linked case, with the outcome recorded on the incident. A case that cannot take it
 * (closed) is skipped and named. An EventProcessor, not a Projection: its effects are other streams'
 * events, so it must never be replayed.
 */
@Injectable()
export class IncidentDelivery extends EventProcessor<DeliveredEvent> {
  private readonly logger = new Logger(IncidentDelivery.name);
  private readonly cases: DeciderRepository<CaseCommand, CaseEvent, CaseState>;
  private readonly incidents: DeciderRepository<IncidentCommand, IncidentEvent, IncidentState>;

  constructor(
    @Inject(EventStore) store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    super(store, {
      name: INCIDENT_DELIVERY_SUBSCRIPTION,
      eventTypes: DELIVERED_EVENT_TYPES,
      // One event per transaction: the decider reads a case outside the transaction, so a second command
      // on the same case in one batch would see a stale version.
      batchSize: 1,
      onError: (error, context) => this.logger.warn({ err: error }, `${context} failed; retrying`),
    });
    this.cases = new DeciderRepository(store, CASE_DECIDER);
    this.incidents = new DeciderRepository(store, INCIDENT_DECIDER);
  }

  protected async apply(events: readonly RecordedEvent<DeliveredEvent>[], tx: EventStoreTransaction): Promise<void> {
    for (const event of events) {
      if (event.type === 'incident.declared') await this.link(event.data, tx);
      else await this.deliver(event.streamId, event.data, tx);
    }
  }

  private async link(incident: IncidentDeclaredData, tx: EventStoreTransaction): Promise<void> {
    for (const { caseId } of incident.cases) {
      await this.tryOnCase(caseId, tx, {
        type: 'link-case',
        actor: incident.by,
        at: this.clock.now().toISOString(),
        case: incident.incidentId,
        relation: 'part-of-incident',
      });
    }
  }

  private async deliver(
    streamId: string,
    update: IncidentUpdatePublishedData,
    tx: EventStoreTransaction,
  ): Promise<void> {
    const [first] = await this.store.readStream(streamId, { limit: 1 });
    if (!first || !isCatalogEvent(first, 'incident.declared')) return;
    const declared = first.data;
    const delivered: string[] = [];
    const skipped: { caseId: string; reason: string }[] = [];
    // Screened again as a whole: the title of an incident declared before titles were screened is, too.
    const { screened } = screenText(`Oppdatering om hendelsen «${declared.title}»: ${update.body.text}`);
    const body = { ...screened, piiRedacted: screened.piiRedacted + update.body.piiRedacted };
    for (const { caseId } of declared.cases) {
      const refused = await this.tryOnCase(caseId, tx, {
        type: 'add-comment',
        actor: update.by,
        at: update.at,
        commentId: `${update.updateId}:${caseId}`,
        visibility: 'public',
        body,
      });
      if (refused) skipped.push({ caseId, reason: refused });
      else delivered.push(caseId);
    }
    await this.incidents.handle(
      incidentStreamId(declared.incidentId),
      {
        type: 'record-update-delivery',
        actor: { username: 'lagspill', name: 'Lagspill', role: 'system' },
        at: this.clock.now().toISOString(),
        updateId: update.updateId,
        delivered,
        skipped,
      },
      { tx },
    );
  }

  /** Runs the command on the case; a refusal by the domain is answered with its code, not thrown. */
  private async tryOnCase(
    caseId: string,
    tx: EventStoreTransaction,
    command: CaseCommand,
  ): Promise<string | undefined> {
    try {
      await this.cases.handle(caseStreamId(caseId), command, { tx });
      return undefined;
    } catch (error) {
      // A conflict failed the transaction's SQL: the whole batch is retried, so nothing is lost or doubled.
      if (!(error instanceof DomainError) || error instanceof StreamVersionConflictError) throw error;
      this.logger.debug(`incident: case ${caseId} refused ${command.type}: ${error.message}`);
      return error.code;
    }
  }
}
