import type { IntegrationEnvelope } from '../envelope/integration-envelope';
import type { Topic } from '../envelope/topics';
import { IntegrationEventPublisher } from '../ports/integration-event-publisher';
import type { KafkaClientPort } from './kafka-client.port';
import { toKafkaRecord } from './kafka-records';

/** Publishing over Kafka: resolves once the brokers acknowledged the record. */
export class KafkaPublisher extends IntegrationEventPublisher {
  constructor(private readonly client: KafkaClientPort) {
    super();
  }

  async publish(topic: Topic, key: string, envelope: IntegrationEnvelope): Promise<void> {
    await this.client.send([toKafkaRecord(topic, key, envelope)]);
  }
}
