import type { BoundedContext } from '@lagspill/platform';
import { NOTIFICATIONS_MIGRATIONS } from './notifications.migrations';
import { NotificationsModule } from './notifications.module';
import { notificationsOptionsFrom } from './notifications.options';
import { NOTIFICATION_PLANNER_SUBSCRIPTION } from './planning/notification-planner';

/** Notifications as a deployable hosts it: the planner, mail digests, webhooks and their deliveries. */
export const NOTIFICATIONS_CONTEXT: BoundedContext = {
  name: 'notifications',
  modules: (config) => [NotificationsModule.forRoot(notificationsOptionsFrom(config))],
  migrations: NOTIFICATIONS_MIGRATIONS,
  subscriptions: [NOTIFICATION_PLANNER_SUBSCRIPTION],
};
