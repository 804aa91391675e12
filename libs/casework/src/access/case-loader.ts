import { Inject, Injectable } from '@nestjs/common';
import {
  foldCaseDocument,
  canSeeCase,
  caseStreamId,
  CaseNotFoundError,
  Directory,
  type CaseDocument,
  type Viewer,
} from '@lagspill/domain';
import { EventStore, type RecordedEvent } from '@lagspill/event-store';
import { CaseViewRepository } from '../read-model/case-view.repository';
import { audienceOf } from './case-audience';

export interface LoadedCase {
  readonly id: string;
  readonly document: CaseDocument;
  readonly version: number;
  readonly events: readonly RecordedEvent[];
}

/**
 * Reads a case from its stream (current even before the read model catches up) and checks that the
 * viewer may see it. A case the viewer may not see is not found, exactly like one that does not exist.
 */
@Injectable()
export class CaseLoader {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(CaseViewRepository) private readonly cases: CaseViewRepository,
    @Inject(Directory) private readonly directory: Directory,
  ) {}

  /** `key` is the case's id or its reference (`PLL-2026-000123`). */
  async loadVisible(key: string, viewer: Viewer): Promise<LoadedCase> {
    let id = key;
    let events = await this.store.readStream(caseStreamId(id));
    if (events.length === 0) {
      const byReference = await this.cases.idOfReference(key);
      if (byReference !== undefined) {
        id = byReference;
        events = await this.store.readStream(caseStreamId(id));
      }
    }
    if (events.length === 0) throw new CaseNotFoundError(key);
    const document = foldCaseDocument(undefined, events);
    if (!canSeeCase(audienceOf(document, this.directory), viewer)) throw new CaseNotFoundError(key);
    return { id, document, version: document.version, events };
  }
}
