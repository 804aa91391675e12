import { keyedEventStream, streamKeyOf } from '../events/event-stream';
import type { Viewer } from './case-access';
import type { ActorRef } from './case-events';
import { organisationHolder } from './case-holder';

/**
 * Following a case: a person who may see it asks to hear of its updates and to find it under «Følger».
 * Kept out of the case's own stream, so that following never changes the version others act on
 * (If-Match); each case has a stream of its followers.
 */
export const FOLLOWING_STREAM = keyedEventStream('following', 'case id');
export const followingStreamId = FOLLOWING_STREAM.id;
/** The case of an event known to be a following event. */
export const caseIdOfFollowing = (event: { readonly streamId: string }): string => streamKeyOf(FOLLOWING_STREAM, event);

export interface CaseFollowingData {
  readonly caseId: string;
  readonly follower: ActorRef;
  readonly at: string;
}

export const CASE_FOLLOWED = 'case.followed' as const;
export const CASE_UNFOLLOWED = 'case.unfollowed' as const;

export type CaseFollowingEvent =
  | { readonly type: typeof CASE_FOLLOWED; readonly data: CaseFollowingData }
  | { readonly type: typeof CASE_UNFOLLOWED; readonly data: CaseFollowingData };

export const CASE_FOLLOWING_EVENT_SCHEMA_VERSIONS: Readonly<Record<CaseFollowingEvent['type'], number>> = {
  [CASE_FOLLOWED]: 1,
  [CASE_UNFOLLOWED]: 1,
};

export const CASE_FOLLOWING_EVENT_TYPES = [CASE_FOLLOWED, CASE_UNFOLLOWED] as const;

/** The usernames following a case, after its following events in order. */
export function foldFollowers(
  followers: readonly string[],
  event: Pick<CaseFollowingEvent, 'type' | 'data'>,
): readonly string[] {
  const { username } = event.data.follower;
  if (event.type === CASE_FOLLOWED) return followers.includes(username) ? followers : [...followers, username];
  return followers.filter((follower) => follower !== username);
}

/**
 * The event that makes `follower` follow a case or stop, or none when that is already so: asking twice
 * changes nothing. Whether the follower may see the case is for the caller to check first.
 */
export function decideFollowing(
  followers: readonly string[],
  caseId: string,
  follower: ActorRef,
  follow: boolean,
  at: string,
): CaseFollowingEvent | undefined {
  if (followers.includes(follower.username) === follow) return undefined;
  return { type: follow ? CASE_FOLLOWED : CASE_UNFOLLOWED, data: { caseId, follower, at } };
}

/**
 * The holders a case has been with before the one it is with now: they keep reading it and hear of its
 * updates, since the fault is still their customers'.
 */
export function pastHolders(routedParties: readonly string[], current: string | undefined): string[] {
  return routedParties.filter((holder) => holder !== current);
}

/**
 * The holder a viewer acts for: a responder's party, a coordinator's working group, a reporter's (or its
 * machine client's) organisation as `organisation:<id>`; none for an admin.
 */
export function holderOfViewer(viewer: Viewer): string | undefined {
  switch (viewer.role) {
    case 'responder':
    case 'coordinator':
      return viewer.party;
    case 'reporter':
    case 'system':
      return viewer.organisation === undefined ? undefined : organisationHolder(viewer.organisation);
    case 'admin':
      return undefined;
  }
}
