import type { DevUser } from '../../api/types';

/** Where a demo user works, by name: their organisation, else their party; never an id. */
export function workplaceOf(user: DevUser): string {
  return user.organisation?.name ?? user.partyName ?? '';
}
