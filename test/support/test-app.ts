import type { DynamicModule, INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createHttpApp, DatabaseConnection, loadConfig, type PlatformContext } from '../../libs/platform/src';
import { LagspillModule } from '../../apps/lagspill/src/lagspill.module';
import { createTestDatabase, type TestDatabase } from './test-database';

/** The all-in-one app on a fresh database with dev login, and tokens for the demo users. */
export interface TestApp {
  readonly app: INestApplication;
  readonly database: TestDatabase;
  http(): ReturnType<typeof request>;
  /** A bearer token for a demo user (cached per user). */
  tokenFor(username: string): Promise<string>;
  close(): Promise<void>;
}

/** How a deployable builds its root module (`LagspillModule.forRoot`, `IntakeServiceModule.forRoot`, …). */
export type RootModule = (context: PlatformContext) => DynamicModule;

/** The all-in-one app by default; any deployable's root module with `rootModule`. */
export async function startTestApp(
  env: Record<string, string> = {},
  rootModule: RootModule = (context) => LagspillModule.forRoot(context),
): Promise<TestApp> {
  const database = await createTestDatabase([]);
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.url,
    LAGSPILL_DEV_LOGIN: 'true',
    EVENT_STORE_POLL_INTERVAL_MS: '200',
    ...env,
  });
  const app = await createHttpApp(
    rootModule({ config, connection: new DatabaseConnection(database.url, false) }),
    'lagspill',
  );
  const tokens = new Map<string, string>();
  const http = () => request(app.getHttpServer());
  return {
    app,
    database,
    http,
    tokenFor: async (username) => {
      const cached = tokens.get(username);
      if (cached) return cached;
      const response = await http().post('/api/dev/token').send({ username }).expect(200);
      tokens.set(username, response.body.access_token as string);
      return response.body.access_token as string;
    },
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
