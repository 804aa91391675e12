export * from './notifications.module';
export * from './notifications.context';
export * from './notifications.options';
export * from './planning/notification-planner';
export * from './mail/mail-sender';
export * from './webhooks/delivery/webhook-deliverer';
export * from './webhooks/webhook-signature';
export * from './pruning/notification-pruner';
