import type { Caller } from './caller';
import type { ActorRef, Viewer } from '@lagspill/domain';

/** The caller as the domain's visibility rules see them. */
export function viewerOf(caller: Caller): Viewer {
  return omitUndefined({
    role: caller.role,
    organisation: caller.organisation?.id,
    party: caller.party?.id,
    region: caller.region,
  });
}

/** The caller as an event records them (names kept, so that history reads without lookups). */
export function actorOf(caller: Caller): ActorRef {
  return omitUndefined({
    username: caller.username,
    name: caller.name,
    role: caller.role,
    organisation: caller.organisation?.id,
    party: caller.party?.id,
  });
}

function omitUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
