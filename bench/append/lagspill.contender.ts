import { DataSource } from 'typeorm';
import { EventStore, EventStoreSchema1763769600000 } from '@lagspill/event-store';
import { POOL_SIZE } from '../support/pool';
import type { CaseReported } from './case-reported';
import type { Contender } from './contender';
import type { Writer } from './writer';

/** Lagspill's EventStore, on the schema its migration creates. */
export class LagspillContender implements Contender {
  readonly name = 'Lagspill';
  readonly description =
    `\`EventStore.append(streamId, expectedVersion, events)\` from \`@lagspill/event-store\` (pool of ${POOL_SIZE}), ` +
    'on the schema of its migration `EventStoreSchema1763769600000`';
  private readonly store: EventStore;

  constructor(private readonly databaseUrl: string) {
    this.store = new EventStore({
      connection: { connectionString: databaseUrl, max: POOL_SIZE },
      onError: (error, context) => console.error(`Lagspill event store (${context}):`, error),
    });
  }

  async setup(): Promise<void> {
    const dataSource = new DataSource({
      type: 'postgres',
      url: this.databaseUrl,
      migrations: [EventStoreSchema1763769600000],
    });
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await dataSource.destroy();
    }
  }

  async append(writer: Writer, batch: readonly CaseReported[]): Promise<void> {
    await this.store.append(writer.streamId, writer.expectedVersion, batch);
  }

  async teardown(): Promise<void> {
    await this.store.close();
  }
}
