import type { Pool } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { createPool, POOL_SIZE } from '../support/pool';
import type { CaseReported } from './case-reported';
import type { Contender } from './contender';
import type { Writer } from './writer';

// The same columns as Lagspill's event_store.events with a bigint identity primary key, but no other
// index and no check of the stream's version: what storing the rows costs, and nothing more.
const CREATE_TABLE = `
  CREATE TABLE events (
    global_position bigint   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stream_id       text     NOT NULL,
    stream_version  integer  NOT NULL,
    event_id        uuid     NOT NULL,
    event_type      text     NOT NULL,
    schema_version  smallint NOT NULL,
    data            jsonb    NOT NULL,
    metadata        jsonb    NOT NULL
  )`;

const INSERT_BATCH = `
  INSERT INTO events (stream_id, stream_version, event_id, event_type, schema_version, data, metadata)
  SELECT $1, $2::integer + e.ord, e.event_id, e.event_type, e.schema_version, e.data, e.metadata
  FROM unnest($3::uuid[], $4::text[], $5::int2[], $6::jsonb[], $7::jsonb[])
    WITH ORDINALITY AS e(event_id, event_type, schema_version, data, metadata, ord)`;

/**
 * The upper bound: one multi-row INSERT per batch, in autocommit, through a pg Pool, prepared once per
 * connection as Lagspill's append is, so that the comparison is of the work done, not of planning.
 */
export class RawInsertContender implements Contender {
  readonly name = 'raw INSERT';
  readonly description =
    `one multi-row \`INSERT … SELECT FROM unnest(…)\` per batch, as a prepared statement, through a \`pg\` Pool of ${POOL_SIZE}, in autocommit, ` +
    'into a table with the same columns as Lagspill and a bigint identity primary key, without any other index or ' +
    'version check';
  private readonly pool: Pool;

  constructor(databaseUrl: string) {
    this.pool = createPool(databaseUrl);
  }

  async setup(): Promise<void> {
    await this.pool.query(CREATE_TABLE);
  }

  async append(writer: Writer, batch: readonly CaseReported[]): Promise<void> {
    await this.pool.query({
      name: 'raw_insert_batch',
      text: INSERT_BATCH,
      values: [
        writer.streamId,
        writer.expectedVersion,
        batch.map(() => uuidv7()),
        batch.map((event) => event.type),
        batch.map((event) => event.schemaVersion),
        batch.map((event) => JSON.stringify(event.data)),
        batch.map((event) => JSON.stringify(event.metadata)),
      ],
    });
  }

  async teardown(): Promise<void> {
    await this.pool.end();
  }
}
