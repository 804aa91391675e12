import type { Checkpoint } from '../event';
import type { SqlExecutor } from '../sql';

/** A stored event as read, before upcasting. Only the columns a reader needs are selected. */
export interface StoredEventRow {
  transaction_id: string;
  global_position: string;
  stream_id: string;
  stream_version: number;
  event_id: string;
  event_type: string;
  schema_version: number;
  data: unknown;
  metadata: Record<string, unknown>;
  recorded_at: Date;
}

const COLUMNS = `transaction_id::text, global_position::text, stream_id, stream_version, event_id::text,
  event_type, schema_version, data, metadata, recorded_at`;

export async function readStreamRows(
  sql: SqlExecutor,
  streamId: string,
  fromVersion: number,
  limit: number,
): Promise<StoredEventRow[]> {
  const result = await sql.query<StoredEventRow>(
    `SELECT ${COLUMNS} FROM event_store.events e
     WHERE e.stream_id = $1 AND e.stream_version >= $2
     ORDER BY e.stream_version LIMIT $3`,
    [streamId, fromVersion, limit],
  );
  return result.rows;
}

// ORDER BY names the table's columns (e.), not the text casts of the same name in the select list.
// Only events of transactions older than every transaction still running are returned: one that is
// still open may commit later with a smaller id, and reading past it would skip its events forever.
export async function readAllRows(sql: SqlExecutor, after: Checkpoint, limit: number): Promise<StoredEventRow[]> {
  const result = await sql.query<StoredEventRow>({
    name: 'event_store_read_all_v1',
    text: `SELECT ${COLUMNS} FROM event_store.events e
     WHERE (e.transaction_id, e.global_position) > ($1::text::xid8, $2::bigint)
       AND e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
     ORDER BY e.transaction_id, e.global_position
     LIMIT $3`,
    values: [after.transactionId.toString(), after.position.toString(), limit],
  });
  return result.rows;
}

/** The last committed event in the global order, whether or not a reader may pass it yet. */
export async function readHead(sql: SqlExecutor): Promise<Checkpoint | undefined> {
  const result = await sql.query<{ transaction_id: string; global_position: string }>(
    `SELECT e.transaction_id::text, e.global_position::text FROM event_store.events e
     ORDER BY e.transaction_id DESC, e.global_position DESC LIMIT 1`,
  );
  const row = result.rows[0];
  return row && { transactionId: BigInt(row.transaction_id), position: BigInt(row.global_position) };
}

/** The stream's current version; 0 when it has no events. */
export async function readStreamVersion(sql: SqlExecutor, streamId: string): Promise<number> {
  const result = await sql.query<{ version: number }>(
    `SELECT coalesce(max(stream_version), 0) AS version FROM event_store.events WHERE stream_id = $1`,
    [streamId],
  );
  return Number(result.rows[0].version);
}
