import type { IntegrationEnvelope } from '../envelope/integration-envelope';
import type { Topic } from '../envelope/topics';

/**
 * The port "publish integration event": resolves once the transport holds the event durably (on Kafka,
 * acknowledged by the brokers). Keyed: events with one key stay in order. Injected by this class.
 */
export abstract class IntegrationEventPublisher {
  abstract publish(topic: Topic, key: string, envelope: IntegrationEnvelope): Promise<void>;
}
