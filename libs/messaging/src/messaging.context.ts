import type { BoundedContext } from '@lagspill/platform';
import { KafkaRelay } from './kafka/kafka.relay';
import { MESSAGING_MIGRATIONS } from './messaging.migrations';
import { MessagingModule } from './messaging.module';

/**
 * Messaging is a shared library, not a bounded context (decision 0018), but a deployable hosts it the
 * same way: its module on the configured transport, its inbox's migrations and the Kafka relay's
 * subscription (run only with Kafka).
 */
export const MESSAGING_CONTEXT: BoundedContext = {
  name: 'messaging',
  modules: (config) => [MessagingModule.forRoot({ config })],
  migrations: MESSAGING_MIGRATIONS,
  subscriptions: [KafkaRelay.SUBSCRIPTION],
};
