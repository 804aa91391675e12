/** A record to produce: the value is the structured-mode CloudEvent (see kafka-records). */
export interface OutgoingKafkaRecord {
  readonly topic: string;
  readonly key: string;
  readonly value: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** A record as a consumer received it. */
export interface IncomingKafkaRecord {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string | null;
  readonly value: string | null;
}

/** One member of a consumer group on one topic. */
export interface KafkaGroupMember {
  /**
   * Delivers records one at a time, in order per partition. If `each` rejects, the record is not
   * committed and comes again (after a restart of the member if need be); nothing later on its
   * partition is delivered before it.
   */
  run(each: (record: IncomingKafkaRecord) => Promise<void>): Promise<void>;
  /** Commits the group's offset past `record`. Nothing is committed without it (no auto-commit). */
  commit(record: IncomingKafkaRecord): Promise<void>;
  stop(): Promise<void>;
}

/**
 * What Lagspill needs from a Kafka client, small enough that another client library can be put behind
 * it (kafkajs today: kafkajs.adapter.ts; @confluentinc/kafka-javascript would fit). Everything else in
 * libs/messaging is plain code on top of this port and is tested with a fake of it.
 */
export abstract class KafkaClientPort {
  /**
   * Produces the records with the idempotent producer and resolves once every one was acknowledged by
   * all in-sync replicas (acks=all), in order per key. A rejection says nothing about which were
   * written; the caller sends them all again and consumers de-duplicate.
   */
  abstract send(records: readonly OutgoingKafkaRecord[]): Promise<void>;

  /** Joins `groupId` on `topic`; a group with no committed offset starts at the topic's beginning. */
  abstract join(groupId: string, topic: string): Promise<KafkaGroupMember>;

  /** Disconnects the producer and every member. */
  abstract close(): Promise<void>;
}
