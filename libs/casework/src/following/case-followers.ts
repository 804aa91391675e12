import { Inject, Injectable } from '@nestjs/common';
import { isCatalogEvent } from '@lagspill/contracts';
import { CASE_FOLLOWING_EVENT_TYPES, foldFollowers, followingStreamId } from '@lagspill/domain';
import { EventStore } from '@lagspill/event-store';

/** Who follows a case, folded from its following stream: current right after a change, unlike the list. */
@Injectable()
export class CaseFollowers {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  /** The usernames following the case, and the stream's version to append at. */
  async of(caseId: string): Promise<{ readonly followers: readonly string[]; readonly version: number }> {
    const events = await this.store.readStream(followingStreamId(caseId));
    const followers = events
      .filter((event) => isCatalogEvent(event, ...CASE_FOLLOWING_EVENT_TYPES))
      .reduce(foldFollowers, [] as readonly string[]);
    return { followers, version: events.length };
  }
}
