import type { DynamicModule, INestApplication } from '@nestjs/common';
import type { RequestListener } from 'node:http';
import { join } from 'node:path';
import pino from 'pino';
import { redactingLogOptions } from '../logging/log-redaction';
import { ConfigError, loadConfig, type AppConfig } from '../config/app-config';
import { DatabaseConnection } from '../database/database-connection';
import { startEmbeddedPostgres, type RunningPostgres } from '../database/embedded-postgres';
import type { PlatformContext } from '../platform.module';
import { bindHttpPort, type BoundHttpPort } from './bind-http-port';
import { createHttpApp } from './create-http-app';
import { oneLine, StartUpError } from './start-up-error';
import { ensureWritableDirectory } from './writable-directory';

const EX_CONFIG = 78;

/**
 * Starts a deployable: validates configuration (a bad variable stops start-up with a message naming
 * it), binds the HTTP port (one taken stops start-up before anything else, see bindHttpPort), starts the
 * embedded PostgreSQL when no DATABASE_URL is set, then the application, which the bound port serves
 * from then on. On SIGINT/SIGTERM it stops in order: HTTP and subscribers first, then the embedded
 * database. A start-up failure the operator must fix (bad configuration, port in use, unusable data
 * directory, embedded PostgreSQL that will not start) is one line `<name>: <message>` on stderr.
 */
export async function runApplication(
  name: string,
  rootModule: (context: PlatformContext) => DynamicModule,
  /** Command-line flags that set a variable, e.g. `--demo` for LAGSPILL_DEMO=true. */
  flags: Readonly<Record<string, Readonly<Record<string, string>>>> = {},
): Promise<void> {
  const stopStartingUp = (error: StartUpError): never => {
    process.stderr.write(`${name}: ${error.message}\n`);
    process.exit(error.exitCode);
  };
  let config: AppConfig;
  try {
    const fromFlags = Object.assign({}, ...process.argv.slice(2).map((arg) => flags[arg] ?? {})) as Record<
      string,
      string
    >;
    config = loadConfig({ ...process.env, ...fromFlags });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return stopStartingUp(new StartUpError(error.message, EX_CONFIG));
  }
  const log = pino({ name, level: config.LOG_LEVEL, ...redactingLogOptions() });

  let http: BoundHttpPort | undefined;
  let database: { url: string; stop(): Promise<void> };
  try {
    // Nothing touches the data directory or the database before the port is ours.
    http = await bindHttpPort(config.PORT, config.HOST);
    database = config.DATABASE_URL
      ? { url: config.DATABASE_URL, stop: async () => undefined }
      : await startEmbedded(config.LAGSPILL_DATA_DIR, log);
  } catch (error) {
    await http?.close().catch(() => undefined);
    if (error instanceof StartUpError) return stopStartingUp(error);
    throw error;
  }

  let app: INestApplication | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    try {
      await http.close();
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
    http.serve(app.getHttpAdapter().getInstance() as RequestListener);
    log.info({ url: http.url }, `${name} is listening`);
  } catch (error) {
    log.fatal({ err: error }, 'start-up failed');
    await http.close().catch(() => undefined);
    await app?.close().catch(() => undefined);
    await database.stop().catch(() => undefined);
    process.exit(1);
  }
}

/** The embedded PostgreSQL under the data directory, which must be usable first. */
async function startEmbedded(dataDir: string, log: pino.Logger): Promise<RunningPostgres> {
  await ensureWritableDirectory('LAGSPILL_DATA_DIR', dataDir);
  const directory = join(dataDir, 'postgres');
  try {
    return await startEmbeddedPostgres({ directory, log: (message) => log.info(message) });
  } catch (error) {
    throw new StartUpError(
      `the embedded PostgreSQL in ${directory} did not start (see postgres.log there): ${oneLine(error)}`,
      1,
      { cause: error },
    );
  }
}
