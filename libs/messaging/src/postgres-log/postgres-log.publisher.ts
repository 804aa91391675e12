import { LOG_TOPIC_EVENT_TYPES } from '../envelope/log-integration-events';
import type { IntegrationEnvelope } from '../envelope/integration-envelope';
import type { Topic } from '../envelope/topics';
import { TopicNotOnLogError } from '../errors/topic-not-on-log.error';
import { IntegrationEventPublisher } from '../ports/integration-event-publisher';

/**
 * Publishing without Kafka. The log is the outbox and, here, the stream itself: case events and
 * indicators are integration events as soon as they are appended, so publishing them adds nothing.
 * The other topics exist only on Kafka, and a publish to them fails rather than vanish.
 */
export class PostgresLogPublisher extends IntegrationEventPublisher {
  async publish(topic: Topic, _key: string, _envelope: IntegrationEnvelope): Promise<void> {
    if (!(topic in LOG_TOPIC_EVENT_TYPES)) throw new TopicNotOnLogError(topic);
  }
}
