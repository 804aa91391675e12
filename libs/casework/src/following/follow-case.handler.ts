import { Inject, Injectable } from '@nestjs/common';
import { actorOf, viewerOf, type Caller } from '@lagspill/auth';
import { newEvent, type CaseFollowing } from '@lagspill/contracts';
import { Clock, decideFollowing, followingStreamId } from '@lagspill/domain';
import { EventStore } from '@lagspill/event-store';
import { CaseLoader } from '../access/case-loader';
import { CaseFollowers } from './case-followers';

/**
 * A person who may see a case follows it, or stops. Asking for what is already so changes nothing; two
 * requests at once for the same case meet the stream's version check, and the loser is asked to retry (409).
 */
@Injectable()
export class FollowCaseHandler {
  constructor(
    @Inject(CaseLoader) private readonly loader: CaseLoader,
    @Inject(CaseFollowers) private readonly followers: CaseFollowers,
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute(caller: Caller, caseKey: string, follow: boolean): Promise<CaseFollowing> {
    const { id } = await this.loader.loadVisible(caseKey, viewerOf(caller));
    const { followers, version } = await this.followers.of(id);
    const decided = decideFollowing(followers, id, actorOf(caller), follow, this.clock.now().toISOString());
    if (decided) await this.store.append(followingStreamId(id), version, [newEvent(decided.type, decided.data)]);
    return { case: id, following: follow };
  }
}
