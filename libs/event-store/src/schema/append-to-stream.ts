import type { SqlExecutor } from '../sql';

export interface AppendRow {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: string;
  readonly metadata: string;
}

export interface AppendOutcome {
  /** The stream's version before the append (0 for a new stream). */
  readonly versionBefore: number;
  /** One row per appended event; empty when the expected version did not match. */
  readonly appended: { transactionId: bigint; position: bigint; streamVersion: number }[];
}

// One round trip: read the stream's head through the (stream_id, stream_version) index, insert only
// when it matches the expected version, and let the unique constraint catch a concurrent writer that
// read the same head.
const APPEND_SQL = `
  WITH head AS (
    SELECT coalesce(max(stream_version), 0) AS version FROM event_store.events WHERE stream_id = $1
  ), inserted AS (
    INSERT INTO event_store.events (stream_id, stream_version, event_id, event_type, schema_version, data, metadata)
    SELECT $1, head.version + e.ord, e.event_id, e.event_type, e.schema_version, e.data, e.metadata
    FROM head,
         unnest($3::uuid[], $4::text[], $5::int2[], $6::jsonb[], $7::jsonb[])
           WITH ORDINALITY AS e(event_id, event_type, schema_version, data, metadata, ord)
    WHERE $2::integer IS NULL OR head.version = $2::integer
    RETURNING transaction_id, global_position, stream_version
  )
  SELECT head.version AS version_before, i.transaction_id::text, i.global_position::text, i.stream_version
  FROM head LEFT JOIN inserted i ON true
  ORDER BY i.global_position`;

interface AppendResultRow {
  version_before: number;
  transaction_id: string | null;
  global_position: string | null;
  stream_version: number | null;
}

export async function appendToStream(
  sql: SqlExecutor,
  streamId: string,
  expectedVersion: number | null,
  rows: readonly AppendRow[],
): Promise<AppendOutcome> {
  const result = await sql.query<AppendResultRow>({
    // Prepared once per connection: parsing and planning this statement on every append cost about a
    // third of append throughput (docs/benchmarks.md).
    name: 'event_store_append_v1',
    text: APPEND_SQL,
    values: [
      streamId,
      expectedVersion,
      rows.map((r) => r.eventId),
      rows.map((r) => r.type),
      rows.map((r) => r.schemaVersion),
      rows.map((r) => r.data),
      rows.map((r) => r.metadata),
    ],
  });
  const first = result.rows[0];
  return {
    versionBefore: Number(first?.version_before ?? 0),
    appended: result.rows
      .filter((r) => r.global_position !== null)
      .map((r) => ({
        transactionId: BigInt(r.transaction_id as string),
        position: BigInt(r.global_position as string),
        streamVersion: Number(r.stream_version),
      })),
  };
}
