import type { ActorRef, Person } from '@lagspill/domain';

/** A directory person as events record them. */
export function actorOf(person: Person): ActorRef {
  return {
    username: person.username,
    name: person.name,
    role: person.role,
    ...(person.organisation ? { organisation: person.organisation } : {}),
    ...(person.party ? { party: person.party } : {}),
  };
}
