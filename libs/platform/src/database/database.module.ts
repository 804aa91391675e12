import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { MixedList } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { DatabaseConnection } from './database-connection';
import { MigrationRunner } from './migration-runner';
import { MigrationState } from './migration-state';

export interface DatabaseModuleOptions {
  readonly connection: DatabaseConnection;
  /** Every migration of every context in this deployable, in any order: they sort by timestamp. */
  readonly migrations: MixedList<Function>;
}

/**
 * The read-model side of the database: a TypeORM data source (entities register through
 * `TypeOrmModule.forFeature`) and the migrations, run at start-up.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            type: 'postgres',
            url: options.connection.url,
            autoLoadEntities: true,
            synchronize: false,
            migrations: options.migrations,
            migrationsRun: false,
            extra: { max: config.DATABASE_POOL_SIZE, connectionTimeoutMillis: 5000 },
            logging: false,
          }),
        }),
      ],
      providers: [{ provide: DatabaseConnection, useValue: options.connection }, MigrationState, MigrationRunner],
      exports: [DatabaseConnection, MigrationState, MigrationRunner],
    };
  }
}
