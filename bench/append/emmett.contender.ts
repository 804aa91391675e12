import type { DefaultRecord, Event } from '@event-driven-io/emmett';
import { getPostgreSQLEventStore, type PostgresEventStore } from '@event-driven-io/emmett-postgresql';
import type { Pool } from 'pg';
import { installedVersion } from '../support/installed-version';
import { createPool, POOL_SIZE } from '../support/pool';
import type { CaseReported } from './case-reported';
import type { Contender } from './contender';
import type { Writer } from './writer';

type EmmettEvent = Event<string, DefaultRecord, DefaultRecord>;

const EMMETT_POSTGRESQL = '@event-driven-io/emmett-postgresql';

/**
 * emmett's PostgreSQL event store. Creating it makes its driver (dumbo) install process-wide pg type
 * parsers (int8 as BigInt, parsed jsonb). No measured append reads such a column, so the contenders can
 * share the process; it is created last so that the others' schema migrations run with pg's defaults.
 */
export class EmmettContender implements Contender {
  readonly name = 'emmett';
  readonly description =
    `\`appendToStream(streamName, events, { expectedStreamVersion })\` of \`${EMMETT_POSTGRESQL}\` ` +
    `${installedVersion(EMMETT_POSTGRESQL)} (\`getPostgreSQLEventStore\` on a \`pg\` Pool of ${POOL_SIZE}), ` +
    'its schema created before the run';
  private readonly pool: Pool;
  private readonly store: PostgresEventStore;

  constructor(databaseUrl: string) {
    this.pool = createPool(databaseUrl);
    this.store = getPostgreSQLEventStore(databaseUrl, { connectionOptions: { pool: this.pool } });
  }

  async setup(): Promise<void> {
    // emmett would otherwise create its schema inside the first append.
    await this.store.schema.migrate();
  }

  async append(writer: Writer, batch: readonly CaseReported[]): Promise<void> {
    await this.store.appendToStream<EmmettEvent>(writer.streamId, batch.map(toEmmettEvent), {
      expectedStreamVersion: BigInt(writer.expectedVersion),
    });
  }

  async teardown(): Promise<void> {
    await this.store.close();
    await this.pool.end();
  }
}

function toEmmettEvent(event: CaseReported): EmmettEvent {
  return { type: event.type, data: event.data, metadata: event.metadata };
}
