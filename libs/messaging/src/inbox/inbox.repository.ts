import type { SqlExecutor } from '@lagspill/event-store';

// messaging.inbox: which consumer handled which integration event, written in the transaction of its effect.

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
