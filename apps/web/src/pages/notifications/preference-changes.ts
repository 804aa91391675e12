import type { NotificationKind, NotificationPreferences, NotificationPreferencesRequest } from '../../api/types';

/** The switches the person has turned since the last save; kinds not touched are absent. */
export type Choices = Readonly<Partial<Record<NotificationKind, boolean>>>;

/**
 * The body of PUT /api/me/notifications: only the kinds that now differ from what is saved, so a switch
 * turned off and on again changes nothing; null when there is nothing to save.
 */
export function preferenceChanges(
  saved: NotificationPreferences,
  choices: Choices,
): NotificationPreferencesRequest | null {
  const changed = saved.kinds.filter(({ kind, enabled }) => choices[kind] !== undefined && choices[kind] !== enabled);
  if (changed.length === 0) return null;
  return { kinds: Object.fromEntries(changed.map(({ kind, enabled }) => [kind, !enabled])) };
}
