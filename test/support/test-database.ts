import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource, type MixedList } from 'typeorm';
import { EventStoreSchema1763769600000 } from '../../libs/event-store/src';

export interface TestDatabase {
  readonly url: string;
  /** Drops the database; call in afterAll. */
  drop(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env.LAGSPILL_TEST_POSTGRES_URL;
  if (!url) throw new Error('LAGSPILL_TEST_POSTGRES_URL is not set: run the tests through jest (global setup)');
  return url;
}

export function databaseUrl(name: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh database in the run's PostgreSQL, with the given migrations applied (the event store's by default). */
export async function createTestDatabase(
  migrations: MixedList<Function> = [EventStoreSchema1763769600000],
): Promise<TestDatabase> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(name);
  const dataSource = new DataSource({ type: 'postgres', url, migrations });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
  return {
    url,
    drop: async () => {
      const client = new Client({ connectionString: serverUrl() });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
