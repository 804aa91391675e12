import { Kafka, logLevel, Partitioners, type Consumer, type Producer } from 'kafkajs';
import {
  KafkaClientPort,
  type IncomingKafkaRecord,
  type KafkaGroupMember,
  type OutgoingKafkaRecord,
} from './kafka-client.port';

export interface KafkajsAdapterOptions {
  readonly brokers: readonly string[];
  readonly clientId: string;
}

/**
 * The one file that imports kafkajs. Idempotent producer (acks=all, one request in flight, so a retry
 * can neither duplicate nor reorder within a partition); consumers without auto-commit. kafkajs
 * reconnects by itself after a broker restart: sends wait and retry, a crashed consumer restarts.
 */
export class KafkajsAdapter extends KafkaClientPort {
  private readonly kafka: Kafka;
  private producer: Promise<Producer> | undefined;
  private readonly consumers = new Set<Consumer>();

  constructor(options: KafkajsAdapterOptions) {
    super();
    this.kafka = new Kafka({ brokers: [...options.brokers], clientId: options.clientId, logLevel: logLevel.WARN });
  }

  async send(records: readonly OutgoingKafkaRecord[]): Promise<void> {
    const producer = await this.connectedProducer();
    const byTopic = new Map<string, OutgoingKafkaRecord[]>();
    for (const record of records) byTopic.set(record.topic, [...(byTopic.get(record.topic) ?? []), record]);
    await producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, messages]) => ({
        topic,
        messages: messages.map(({ key, value, headers }) => ({ key, value, headers: { ...headers } })),
      })),
    });
  }

  async join(groupId: string, topic: string): Promise<KafkaGroupMember> {
    const consumer = this.kafka.consumer({ groupId });
    this.consumers.add(consumer);
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    return {
      run: (each) =>
        consumer.run({
          autoCommit: false,
          eachMessage: ({ topic: from, partition, message }) =>
            each({
              topic: from,
              partition,
              offset: message.offset,
              key: message.key?.toString('utf8') ?? null,
              value: message.value?.toString('utf8') ?? null,
            }),
        }),
      commit: (record: IncomingKafkaRecord) =>
        // Kafka's committed offset is the next one to read.
        consumer.commitOffsets([
          { topic: record.topic, partition: record.partition, offset: (BigInt(record.offset) + 1n).toString() },
        ]),
      stop: async () => {
        this.consumers.delete(consumer);
        await consumer.disconnect();
      },
    };
  }

  async close(): Promise<void> {
    const producer = this.producer;
    this.producer = undefined;
    await Promise.all([...this.consumers].map((consumer) => consumer.disconnect()));
    this.consumers.clear();
    await (await producer?.catch(() => undefined))?.disconnect();
  }

  onApplicationShutdown(): Promise<void> {
    return this.close();
  }

  private connectedProducer(): Promise<Producer> {
    this.producer ??= this.connectProducer().catch((error: unknown) => {
      // Not connected: the next send tries again from scratch.
      this.producer = undefined;
      throw error;
    });
    return this.producer;
  }

  private async connectProducer(): Promise<Producer> {
    const producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await producer.connect();
    return producer;
  }
}
