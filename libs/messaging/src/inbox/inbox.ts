import type { EventStoreTransaction } from '@lagspill/event-store';
import type { IntegrationEnvelope } from '../envelope/integration-envelope';
import type { EnvelopeHandler } from '../ports/event-stream-consumer';
import { recordHandled, wasHandled } from './inbox.repository';

/** Another delivery of the same event committed first (a rebalance handed its partition over mid-way). */
class HandledConcurrentlyError extends Error {}

/**
 * Handles `envelope` unless the inbox says `consumer` already did, and records it in the same
 * transaction. The inbox is read first and written last because a read takes no transaction id, so an
 * append by the handler is still the transaction's first write (see EventStore.transaction).
 */
export async function handleOnce(
  tx: EventStoreTransaction,
  consumer: string,
  envelope: IntegrationEnvelope,
  handle: EnvelopeHandler,
): Promise<'handled' | 'duplicate'> {
  if (await wasHandled(tx.sql, consumer, envelope.id)) return 'duplicate';
  await handle(envelope, tx);
  if (!(await recordHandled(tx.sql, consumer, envelope.id))) {
    throw new HandledConcurrentlyError(`${consumer} handled ${envelope.id} twice at once; rolled back`);
  }
  return 'handled';
}
