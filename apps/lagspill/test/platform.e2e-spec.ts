import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import request from 'supertest';
import { createHttpApp, DatabaseConnection, loadConfig, MigrationState } from '@lagspill/platform';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { LagspillModule } from '../src/lagspill.module';

const PROBLEM = /^application\/problem\+json/;

describe('lagspill platform over HTTP', () => {
  let database: TestDatabase;
  let app: INestApplication;

  beforeAll(async () => {
    database = await createTestDatabase([]);
    const config = loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: database.url, LAGSPILL_DEV_LOGIN: 'true' });
    app = await createHttpApp(
      LagspillModule.forRoot({ config, connection: new DatabaseConnection(database.url, false) }),
      'lagspill',
    );
  });

  afterAll(async () => {
    await app?.close();
    await database.drop();
  });

  it('is live, and ready once the database answers and migrations ran', async () => {
    await request(app.getHttpServer()).get('/health/live').expect(200, { status: 'ok' });
    const ready = await request(app.getHttpServer()).get('/health/ready').expect(200);
    expect(ready.body).toEqual({ status: 'ok', checks: { database: 'up', migrations: 'done' } });
  });

  it('ran the event store migration on start-up', async () => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query(`SELECT to_regclass('event_store.events') IS NOT NULL AS present`);
    await client.end();
    expect(rows[0].present).toBe(true);
  });

  it('is not ready while migrations are pending', async () => {
    const state = app.get(MigrationState);
    state.ran = false;
    try {
      const response = await request(app.getHttpServer()).get('/health/ready').expect(503);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body).toMatchObject({ status: 503, checks: { database: 'up', migrations: 'pending' } });
    } finally {
      state.ran = true;
    }
  });

  it('serves Prometheus metrics, including request timings by route', async () => {
    await request(app.getHttpServer()).get('/health/live');
    const response = await request(app.getHttpServer()).get('/metrics').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.text).toContain('process_cpu_seconds_total');
    expect(response.text).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/health\/live",status="200"\} \d+/,
    );
  });

  it('serves the OpenAPI document and its UI at /api/docs', async () => {
    await request(app.getHttpServer()).get('/api/docs').expect(200).expect('Content-Type', /html/);
    const document = await request(app.getHttpServer()).get('/api/docs-json').expect(200);
    expect(document.body.openapi).toMatch(/^3\./);
    expect(document.body.info.title).toBe('lagspill');
  });

  it('answers an unknown route with a 404 problem', async () => {
    const response = await request(app.getHttpServer()).get('/api/nothing-here').expect(404);
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(response.body).toEqual({
      type: '/problems/not-found',
      title: 'Not Found',
      status: 404,
      detail: 'Cannot GET /api/nothing-here',
      instance: '/api/nothing-here',
    });
  });

  it('answers malformed JSON with a 400 problem, not a 500', async () => {
    const response = await request(app.getHttpServer())
      .post('/api/nothing-here')
      .set('Content-Type', 'application/json')
      .send('{"title": ')
      .expect(400);
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(response.body).toMatchObject({ type: '/problems/malformed-json', status: 400 });
  });

  it('answers an oversized body with a 413 problem', async () => {
    const response = await request(app.getHttpServer())
      .post('/api/nothing-here')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ description: 'x'.repeat(300 * 1024) }))
      .expect(413);
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(response.body).toMatchObject({ type: '/problems/body-too-large', status: 413 });
  });

  it('reports not ready, without hanging, when the database is gone', async () => {
    await database.drop();
    const response = await request(app.getHttpServer()).get('/health/ready').expect(503);
    expect(response.body).toMatchObject({ checks: { database: 'down' } });
  });
});
