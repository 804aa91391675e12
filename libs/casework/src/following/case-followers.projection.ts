import { Inject, Injectable } from '@nestjs/common';
import {
  CASE_FOLLOWED,
  CASE_FOLLOWING_EVENT_TYPES,
  caseIdOfFollowing,
  type CaseFollowingEvent,
} from '@lagspill/domain';
import { EventStore, Projection, type EventStoreTransaction, type RecordedEvent } from '@lagspill/event-store';
import { CaseFollowersRepository } from './case-followers.repository';

export const CASE_FOLLOWERS_SUBSCRIPTION = 'casework.case-followers';

/** Keeps `casework.case_followers` folded from the following streams (exactly once, rebuildable). */
@Injectable()
export class CaseFollowersProjection extends Projection<CaseFollowingEvent> {
  constructor(
    @Inject(EventStore) store: EventStore,
    @Inject(CaseFollowersRepository) private readonly followers: CaseFollowersRepository,
  ) {
    super(store, {
      name: CASE_FOLLOWERS_SUBSCRIPTION,
      eventTypes: CASE_FOLLOWING_EVENT_TYPES,
      tables: ['casework.case_followers'],
    });
  }

  protected async apply(events: readonly RecordedEvent<CaseFollowingEvent>[], { sql }: EventStoreTransaction) {
    for (const event of events) {
      const caseId = caseIdOfFollowing(event);
      const { username } = event.data.follower;
      if (event.type === CASE_FOLLOWED) await this.followers.add(sql, caseId, username, event.data.at);
      else await this.followers.remove(sql, caseId, username);
    }
  }
}
