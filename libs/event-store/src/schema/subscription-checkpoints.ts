import { START_OF_LOG, type Checkpoint } from '../event';
import type { SqlExecutor } from '../sql';

export async function readCheckpoint(sql: SqlExecutor, name: string): Promise<Checkpoint> {
  const result = await sql.query<{ transaction_id: string; global_position: string }>(
    `SELECT transaction_id::text, global_position::text FROM event_store.subscriptions WHERE name = $1`,
    [name],
  );
  const row = result.rows[0];
  return row ? { transactionId: BigInt(row.transaction_id), position: BigInt(row.global_position) } : START_OF_LOG;
}

/**
 * Moves a subscription's checkpoint from `from` to `to`. Returns false, writing nothing, when the stored
 * checkpoint is no longer `from`: another instance got there first, and the caller must roll back.
 */
export async function storeCheckpoint(
  sql: SqlExecutor,
  name: string,
  from: Checkpoint,
  to: Checkpoint,
): Promise<boolean> {
  const result = await sql.query(
    `INSERT INTO event_store.subscriptions AS s (name, transaction_id, global_position)
     VALUES ($1, $4::text::xid8, $5::bigint)
     ON CONFLICT (name) DO UPDATE
       SET transaction_id = EXCLUDED.transaction_id, global_position = EXCLUDED.global_position, updated_at = now()
       WHERE s.transaction_id = $2::text::xid8 AND s.global_position = $3::bigint
     RETURNING 1`,
    [
      name,
      from.transactionId.toString(),
      from.position.toString(),
      to.transactionId.toString(),
      to.position.toString(),
    ],
  );
  return result.rows.length === 1;
}

/** Forgets the subscription's checkpoint: its next start reads the log from the beginning. */
export async function deleteCheckpoint(sql: SqlExecutor, name: string): Promise<void> {
  await sql.query(`DELETE FROM event_store.subscriptions WHERE name = $1`, [name]);
}
