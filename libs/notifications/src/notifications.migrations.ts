import { NotificationsSchema1796346000000 } from './schema/notifications.migration';

/** The notifications context's migrations, oldest first; a deployable hands them to PlatformModule. */
export const NOTIFICATIONS_MIGRATIONS = [NotificationsSchema1796346000000];
