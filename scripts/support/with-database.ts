import type { DynamicModule, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { join } from 'node:path';
import {
  ConfigError,
  DatabaseConnection,
  loadConfig,
  startEmbeddedPostgres,
  type AppConfig,
  type PlatformContext,
} from '@lagspill/platform';

/**
 * The installation's database for a tool: DATABASE_URL, or the embedded PostgreSQL under LAGSPILL_DATA_DIR,
 * whose `stop` leaves it running if the tool found it running (the application's, taken over).
 */
export async function openDatabase(config: AppConfig): Promise<{ url: string; stop: () => Promise<void> }> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, stop: async () => undefined };
  let tookOver = false;
  const embedded = await startEmbeddedPostgres({
    directory: join(config.LAGSPILL_DATA_DIR, 'postgres'),
    log: (message) => {
      if (message.startsWith('taking over')) tookOver = true;
    },
  });
  return { url: embedded.url, stop: async () => (tookOver ? undefined : embedded.stop()) };
}

/**
 * Runs a command-line tool against the installation's database: DATABASE_URL, or the embedded PostgreSQL
 * under LAGSPILL_DATA_DIR (left running if the tool found it running). Builds `module` as an application
 * context (no HTTP) and hands it to `work`, whose number is the exit code.
 */
export async function withDatabase(
  name: string,
  module: (context: PlatformContext) => DynamicModule,
  work: (app: INestApplicationContext, config: AppConfig) => Promise<number>,
): Promise<number> {
  let config: AppConfig;
  try {
    // A tool serves no API and its module says what directory it starts (none of the server's), so the
    // sign-in and bootstrap settings required for a server do not matter; defaults keep them from stopping it.
    config = loadConfig({
      LAGSPILL_DEV_LOGIN: 'false',
      OIDC_ISSUER: 'http://localhost',
      LAGSPILL_DEMO_DIRECTORY: 'true',
      ...process.env,
    });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${name}: ${error.message}\n`);
    return 78; // EX_CONFIG
  }
  const database = await openDatabase(config);
  let app: INestApplicationContext | undefined;
  try {
    const context = { config, connection: new DatabaseConnection(database.url, !config.DATABASE_URL) };
    app = await NestFactory.createApplicationContext(module(context), { logger: ['error', 'warn'] });
    return await work(app, config);
  } catch (error) {
    process.stderr.write(
      `\n${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 1;
  } finally {
    await app?.close();
    await database.stop();
  }
}
