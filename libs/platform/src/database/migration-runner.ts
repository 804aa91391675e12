import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MigrationState } from './migration-state';

/** Fixed key of the advisory lock that lets one process at a time migrate a shared database. */
const MIGRATION_LOCK_KEY = 7_366_011_982_001;

/**
 * Runs pending migrations before the application serves anything. Services started together against
 * one database (the distributed deployment) take turns through an advisory lock.
 */
@Injectable()
export class MigrationRunner implements OnModuleInit {
  private readonly logger = new Logger(MigrationRunner.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(MigrationState) private readonly state: MigrationState,
  ) {}

  private migration: Promise<void> | undefined;

  async onModuleInit(): Promise<void> {
    await this.migrated();
  }

  /**
   * Resolves once the schema is up to date: what a provider that reads the database while the app is
   * built (the directory) waits for, since module init hooks run only after every provider exists.
   */
  migrated(): Promise<void> {
    this.migration ??= this.migrate();
    return this.migration;
  }

  private async migrate(): Promise<void> {
    const lock = this.dataSource.createQueryRunner();
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      const applied = await this.dataSource.runMigrations({ transaction: 'each' });
      for (const migration of applied) this.logger.log(`applied migration ${migration.name}`);
      this.state.ran = true;
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
      await lock.release();
    }
  }
}
