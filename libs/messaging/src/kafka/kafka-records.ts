import { CLOUDEVENTS_CONTENT_TYPE, type IntegrationEnvelope } from '../envelope/integration-envelope';
import type { OutgoingKafkaRecord } from './kafka-client.port';

/** An envelope as a Kafka record: CloudEvents' Kafka binding, structured mode. */
export function toKafkaRecord(topic: string, key: string, envelope: IntegrationEnvelope): OutgoingKafkaRecord {
  return { topic, key, value: JSON.stringify(envelope), headers: { 'content-type': CLOUDEVENTS_CONTENT_TYPE } };
}
