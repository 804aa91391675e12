/** A publish to a topic the Postgres-log transport cannot carry (it has no log of its own). */
export class TopicNotOnLogError extends Error {
  constructor(readonly topic: string) {
    super(`${topic} needs Kafka (set KAFKA_BROKERS): the Postgres log only carries what it derives from its events`);
    this.name = 'TopicNotOnLogError';
  }
}
