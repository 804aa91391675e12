import { Inject, Injectable, Logger } from '@nestjs/common';
import { CASE_EVENT_TYPES, caseEventTime, caseIdOf, caseIdOfStream, Directory, type CaseEvent } from '@lagspill/domain';
import { EventStore, Projection, type EventStoreTransaction, type RecordedEvent } from '@lagspill/event-store';
import { RefreshStateRepository } from '../indicators/refresh-state.repository';
import { evolveCaseFacts, type CaseFacts, type CaseLocation, type Locate } from './case-facts';
import { CaseFactsRepository } from './case-facts.repository';

export const CASE_FACTS_SUBSCRIPTION = 'insights.case-facts';
const UNKNOWN_LOCATION: CaseLocation = { helsefellesskap: null, region: null, organisationType: null };

/**
 * Folds every case's events into its indicator facts (insights.case_fact, measure, holding) and marks
 * from when on the indicator cells must be recomputed. Batches are large: a cold replay is bound by
 * how fast the log can be read, not by one statement per event.
 */
@Injectable()
export class CaseFactsProjection extends Projection<CaseEvent> {
  private readonly logger = new Logger(CaseFactsProjection.name);
  private readonly locate: Locate;

  constructor(
    @Inject(EventStore) store: EventStore,
    @Inject(Directory) directory: Directory,
    @Inject(CaseFactsRepository) private readonly caseFacts: CaseFactsRepository,
    @Inject(RefreshStateRepository) private readonly refreshState: RefreshStateRepository,
  ) {
    super(store, {
      name: CASE_FACTS_SUBSCRIPTION,
      eventTypes: CASE_EVENT_TYPES,
      tables: ['insights.case_fact', 'insights.measure', 'insights.holding', 'insights.indicator_cell'],
      batchSize: 5000,
      onError: (error, context) => this.logger.warn({ err: error }, `${context} failed; retrying`),
    });
    this.locate = (organisation) => {
      try {
        const { helsefellesskap } = directory.locate(organisation);
        return {
          helsefellesskap: helsefellesskap.id,
          region: helsefellesskap.region,
          organisationType: directory.organisation(organisation).type,
        };
      } catch {
        // A case must stay countable (and the projection must not stall) if its organisation leaves the directory.
        return UNKNOWN_LOCATION;
      }
    };
  }

  protected async apply(events: readonly RecordedEvent<CaseEvent>[], { sql }: EventStoreTransaction): Promise<void> {
    const caseEvents = events.filter((e) => caseIdOfStream(e.streamId) !== undefined);
    if (caseEvents.length === 0) return;
    const facts = await this.caseFacts.load(sql, [...new Set(caseEvents.map(caseIdOf))]);
    const stored = new Set(facts.keys());
    const changed = new Set<string>();
    let earliest = Infinity;
    for (const event of caseEvents) {
      const id = caseIdOf(event);
      const current = facts.get(id);
      // Never fold an event twice (the checkpoint already prevents it; this keeps the row safe regardless).
      if (current && current.version >= event.streamVersion) continue;
      const next = evolveCaseFacts(current, event, event.streamVersion, this.locate);
      if (!next) continue;
      facts.set(id, next);
      changed.add(id);
      // Routing also names the party the case counts as reported to, back at its report time; a changed
      // concerned organisation moves every figure of the case to another group, from its report on.
      const fromReport = event.type === 'case.routed' || event.type === 'case.concerned-organisation-set';
      const from = fromReport ? next.reportedAt : caseEventTime(event);
      earliest = Math.min(earliest, Date.parse(from));
    }
    if (changed.size === 0) return;
    await this.caseFacts.save(
      sql,
      [...changed].map((id) => facts.get(id) as CaseFacts),
      stored,
    );
    // Cells from this instant on no longer match the facts.
    await this.refreshState.markDirty(sql, new Date(earliest));
  }
}
