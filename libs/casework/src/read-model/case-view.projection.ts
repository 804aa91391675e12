import { Inject, Injectable } from '@nestjs/common';
import {
  applyToDocument,
  CASE_EVENT_TYPES,
  caseIdOf,
  caseIdOfStream,
  Directory,
  type CaseDocument,
  type CaseEvent,
} from '@lagspill/domain';
import { EventStore, Projection, type EventStoreTransaction, type RecordedEvent } from '@lagspill/event-store';
import { toCaseViewRow } from './case-view-row';
import { CaseViewRepository } from './case-view.repository';

export const CASE_VIEW_SUBSCRIPTION = 'casework.case-view';

/** Keeps `casework.case_view` folded from the log (see Projection: exactly once, rebuildable). */
@Injectable()
export class CaseViewProjection extends Projection<CaseEvent> {
  constructor(
    @Inject(EventStore) store: EventStore,
    @Inject(Directory) private readonly directory: Directory,
    @Inject(CaseViewRepository) private readonly views: CaseViewRepository,
  ) {
    super(store, { name: CASE_VIEW_SUBSCRIPTION, eventTypes: CASE_EVENT_TYPES, tables: ['casework.case_view'] });
  }

  protected async apply(events: readonly RecordedEvent<CaseEvent>[], { sql }: EventStoreTransaction): Promise<void> {
    const caseEvents = events.filter((e) => caseIdOfStream(e.streamId) !== undefined);
    if (caseEvents.length === 0) return;
    const ids = [...new Set(caseEvents.map(caseIdOf))];
    const documents = await this.views.documents(sql, ids);
    const changed = new Set<string>();
    for (const event of caseEvents) {
      const id = caseIdOf(event);
      const current = documents.get(id);
      // Never fold an event twice (the checkpoint already prevents it; this keeps the row safe regardless).
      if (current && current.version >= event.streamVersion) continue;
      documents.set(id, applyToDocument(current, event, event.streamVersion));
      changed.add(id);
    }
    await this.views.saveAll(
      sql,
      [...changed].map((id) => toCaseViewRow(documents.get(id) as CaseDocument, this.directory)),
    );
  }
}
