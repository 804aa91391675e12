import type { DynamicModule, INestApplication } from '@nestjs/common';
import { join } from 'node:path';
import pino from 'pino';
import { ConfigError, loadConfig, type AppConfig } from '../config/app-config';
import { DatabaseConnection } from '../database/database-connection';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import type { PlatformContext } from '../platform.module';
import { createHttpApp } from './create-http-app';

/**
 * Starts a deployable: validates configuration (a bad variable stops start-up with a message naming
 * it), starts the embedded PostgreSQL when no DATABASE_URL is set, serves HTTP, and on SIGINT/SIGTERM
 * stops in order: HTTP and subscribers first, then the embedded database.
 */
export async function runApplication(
  name: string,
  rootModule: (context: PlatformContext) => DynamicModule,
  /** Command-line flags that set a variable, e.g. `--demo` for LAGSPILL_DEMO=true. */
  flags: Readonly<Record<string, Readonly<Record<string, string>>>> = {},
): Promise<void> {
  let config: AppConfig;
  try {
    const fromFlags = Object.assign({}, ...process.argv.slice(2).map((arg) => flags[arg] ?? {})) as Record<
      string,
      string
    >;
    config = loadConfig({ ...process.env, ...fromFlags });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${name}: ${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
  const log = pino({ name, level: config.LOG_LEVEL });
  const database = config.DATABASE_URL
    ? { url: config.DATABASE_URL, stop: async () => undefined }
    : await startEmbeddedPostgres({
        directory: join(config.LAGSPILL_DATA_DIR, 'postgres'),
        log: (message) => log.info(message),
      });

  let app: INestApplication | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    try {
      await app?.close();
      await database.stop();
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    const context = { config, connection: new DatabaseConnection(database.url, !config.DATABASE_URL) };
    app = await createHttpApp(rootModule(context), name);
    await app.listen(config.PORT, config.HOST);
    log.info({ url: await app.getUrl() }, `${name} is listening`);
  } catch (error) {
    log.fatal({ err: error }, 'start-up failed');
    await app?.close().catch(() => undefined);
    await database.stop().catch(() => undefined);
    process.exit(1);
  }
}
