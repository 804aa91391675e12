import type { EventStore } from '@lagspill/event-store';
import { envelope, parseEnvelope, type IntegrationEnvelope } from '../envelope/integration-envelope';
import type { Topic } from '../envelope/topics';
import { MessageRejectedError } from '../errors/message-rejected.error';
import { handleOnce } from '../inbox/inbox';
import { recordHandled } from '../inbox/inbox.repository';
import { EventStreamConsumer, type ConsumeOptions, type StreamConsumption } from '../ports/event-stream-consumer';
import type { IntegrationEventPublisher } from '../ports/integration-event-publisher';
import type { IncomingKafkaRecord, KafkaClientPort } from './kafka-client.port';

/** The type of a dead-letter entry (docs/asyncapi.yaml, MessageRejected). */
export const MESSAGE_REJECTED = 'lagspill.message-rejected';

/**
 * Consuming over Kafka, at least once: each record's effect and its inbox row commit in one database
 * transaction, and only then is the offset committed. A crash in between redelivers the record, the
 * inbox finds it, and nothing changes. A rejected message goes to the dead-letter topic with its reasons
 * (and into the inbox, so a redelivery is not judged again); then the offset moves on.
 */
export class KafkaEventStreamConsumer extends EventStreamConsumer {
  constructor(
    private readonly client: KafkaClientPort,
    private readonly store: EventStore,
    private readonly publisher: IntegrationEventPublisher,
    /** Told of each dead-lettered message, so that operations see rejections without reading the DLQ. */
    private readonly onError: (error: unknown, context: string) => void = () => undefined,
  ) {
    super();
  }

  async consume(options: ConsumeOptions): Promise<StreamConsumption> {
    const member = await this.client.join(options.group, options.topic);
    await member.run(async (record) => {
      await this.process(record, options);
      await member.commit(record);
    });
    return { stop: () => member.stop() };
  }

  private async process(record: IncomingKafkaRecord, { group, handle, deadLetterTopic }: ConsumeOptions) {
    let received: IntegrationEnvelope | undefined;
    try {
      const parsed = parseEnvelope(record.value);
      received = parsed;
      await this.store.transaction((tx) => handleOnce(tx, group, parsed, handle));
    } catch (error) {
      if (!(error instanceof MessageRejectedError) || !deadLetterTopic) throw error;
      await this.deadLetter(deadLetterTopic, group, record, error);
      this.onError(error, `${group}: ${record.topic}/${record.partition}/${record.offset} moved to ${deadLetterTopic}`);
      const rejectedId = received?.id;
      if (rejectedId) await this.store.transaction((tx) => recordHandled(tx.sql, group, rejectedId));
    }
  }

  private async deadLetter(topic: Topic, group: string, record: IncomingKafkaRecord, error: MessageRejectedError) {
    const key = record.key ?? '';
    await this.publisher.publish(
      topic,
      key,
      envelope({
        // One id per rejected record, so a second rejection of it (a redelivery) is the same entry.
        id: `${record.topic}/${record.partition}/${record.offset}`,
        type: MESSAGE_REJECTED,
        source: `/lagspill/messaging/${group}`,
        time: new Date().toISOString(),
        subject: key,
        data: {
          reasons: error.reasons,
          topic: record.topic,
          partition: record.partition,
          offset: record.offset,
          key: record.key,
          value: record.value,
        },
        lagspillschemaversion: 1,
      }),
    );
  }
}
