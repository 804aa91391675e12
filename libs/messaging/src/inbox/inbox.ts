import type { EventStoreTransaction, SqlExecutor } from '@lagspill/event-store';
import type { IntegrationEnvelope } from '../envelope/integration-envelope';
import type { EnvelopeHandler } from '../ports/event-stream-consumer';

/**
 * Records that `consumer` handled `eventId`. False when it was already recorded: then the caller's
 * transaction holds a second effect of one event and must roll back.
 */
export async function recordHandled(sql: SqlExecutor, consumer: string, eventId: string): Promise<boolean> {
  const { rows } = await sql.query(
    `INSERT INTO messaging.inbox (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
    [consumer, eventId],
  );
  return rows.length === 1;
}

export async function wasHandled(sql: SqlExecutor, consumer: string, eventId: string): Promise<boolean> {
  const { rows } = await sql.query(`SELECT 1 FROM messaging.inbox WHERE consumer = $1 AND event_id = $2`, [
    consumer,
    eventId,
  ]);
  return rows.length === 1;
}

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
