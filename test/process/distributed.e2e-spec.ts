import { spawn, type ChildProcess } from 'node:child_process';
import { Client, type QueryResultRow } from 'pg';
import { sfmSyncReport } from '../../apps/lagspill/test/support/case-api';
import { deployableMain, freePort } from '../support/app-process';
import { eventually } from '../support/eventually';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

/**
 * The distributed deployment as it runs in production, minus the containers: intake, routing, casework
 * and insights compiled, each its own Node process on its own port, all against one PostgreSQL, on the
 * Postgres-log transport. Casework runs the dev login; the others verify its tokens (decision 0010).
 */
const SERVICES = ['intake', 'routing', 'casework', 'insights'] as const;
type ServiceName = (typeof SERVICES)[number];
const BURST = 240;
const IN_FLIGHT = 8;

interface Service {
  readonly name: string;
  readonly url: string;
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  output(): string;
}

describe('the four services as separate processes on one PostgreSQL', () => {
  let database: TestDatabase;
  let db: Client;
  /** By instance: a service's name, or e.g. `routing-2` for a second instance of it. */
  const ports: Record<string, number> = {};
  const services: Record<string, Service> = {};
  const tokens = new Map<string, string>();

  const environment = (name: ServiceName | 'lagspill', port: number): Record<string, string> => {
    const issuer = `http://127.0.0.1:${ports.casework}`;
    return {
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: database.url,
      DATABASE_POOL_SIZE: '4',
      EVENT_STORE_POLL_INTERVAL_MS: '200',
      INDICATOR_REFRESH_INTERVAL_MS: '500',
      OIDC_ISSUER: issuer,
      LAGSPILL_DEV_LOGIN: name === 'casework' ? 'true' : 'false',
      LAGSPILL_DEMO_DIRECTORY: 'true',
    };
  };

  const start = async (name: ServiceName | 'lagspill', instance: string = name): Promise<Service> => {
    ports[instance] ??= await freePort();
    let output = '';
    const child = spawn(process.execPath, [deployableMain(name)], {
      env: { ...process.env, ...environment(name, ports[instance]) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    services[instance] = {
      name: instance,
      url: `http://127.0.0.1:${ports[instance]}`,
      child,
      exited,
      output: () => output,
    };
    return services[instance];
  };

  const ready = async (service: Service): Promise<void> => {
    let exitCode: number | null | undefined;
    void service.exited.then((code) => (exitCode = code));
    await eventually(
      `${service.name} to be ready`,
      async () => {
        if (exitCode !== undefined) throw new Error(`${service.name} exited (${exitCode}):\n${service.output()}`);
        const response = await fetch(`${service.url}/health/ready`).catch(() => undefined);
        return response?.status === 200 ? true : undefined;
      },
      { attempts: 300, intervalMs: 100 },
    );
  };

  const token = async (username: string): Promise<string> => {
    const cached = tokens.get(username);
    if (cached) return cached;
    const response = await fetch(`${services.casework.url}/api/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username }),
    });
    const body = (await response.json()) as { access_token: string };
    tokens.set(username, body.access_token);
    return body.access_token;
  };

  const call = async (
    service: string,
    username: string,
    path: string,
    init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<{ status: number; headers: Headers; body: unknown }> => {
    const response = await fetch(`${services[service].url}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        authorization: `Bearer ${await token(username)}`,
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...init.headers,
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text ? (JSON.parse(text) as unknown) : undefined,
    };
  };

  const report = (key: string) =>
    call('intake', 'lege.cgm', '/api/reports', {
      method: 'POST',
      body: sfmSyncReport({ title: `SFM synkroniserer ikke (${key})` }),
      headers: { 'Idempotency-Key': key },
    });

  const sql = async <T extends QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> =>
    (await db.query<T>(text, values)).rows;
  const count = async (eventType: string) =>
    (
      await sql<{ n: number }>(`SELECT count(*)::int AS n FROM event_store.events WHERE event_type = $1`, [eventType])
    )[0].n;
  /** The router's checkpoint, and how many reports lie at or before it and after it, in the order it reads. */
  const routerCheckpoint = async () =>
    (
      await sql<{ at: string; handled: number; ahead: number }>(
        `SELECT s.transaction_id::text || '/' || s.global_position AS at,
                count(e.*) FILTER (WHERE (e.transaction_id, e.global_position) <= (s.transaction_id, s.global_position))::int AS handled,
                count(e.*) FILTER (WHERE (e.transaction_id, e.global_position) > (s.transaction_id, s.global_position))::int AS ahead
           FROM event_store.subscriptions s
           LEFT JOIN event_store.events e ON e.event_type = 'case.reported'
          WHERE s.name = 'routing.router'
          GROUP BY s.transaction_id, s.global_position`,
      )
    )[0];

  beforeAll(async () => {
    // An empty database: the services migrate it themselves, all four starting at once.
    database = await createTestDatabase([]);
    db = new Client({ connectionString: database.url });
    await db.connect();
    // Casework's port first: it is the issuer every service is told of.
    ports.casework = await freePort();
    await Promise.all(SERVICES.map(async (name) => ready(await start(name))));
  }, 90_000);

  afterAll(async () => {
    for (const service of Object.values(services)) service.child.kill('SIGTERM');
    await Promise.all(Object.values(services).map((service) => service.exited));
    await db?.end();
    await database?.drop();
  }, 30_000);

  it('takes a case from its report at intake, through routing and casework, into the insights status feed', async () => {
    // Tokens from casework's dev login are honoured elsewhere; no token is not.
    expect((await fetch(`${services.routing.url}/api/parties`)).status).toBe(401);
    expect((await call('routing', 'koordinator.nord', '/api/parties')).status).toBe(200);

    const reported = await call('intake', 'lege.cgm', '/api/reports', { method: 'POST', body: sfmSyncReport() });
    expect(reported.status).toBe(201);
    const { id } = reported.body as { id: string };

    const routed = await eventually('the routing service to route the case', async () => {
      const response = await call('casework', 'lege.cgm', `/api/cases/${id}`);
      return (response.body as { status?: string }).status === 'routed' ? response : undefined;
    });
    expect(routed.body).toMatchObject({ version: 2, routedTo: { party: 'cgm' } });

    const acknowledged = await call('casework', 'support.cgm', `/api/cases/${id}/acknowledge`, {
      method: 'POST',
      headers: { 'If-Match': '"2"' },
    });
    expect(acknowledged).toMatchObject({ status: 200, body: { status: 'acknowledged', version: 3 } });
    const resolved = await call('casework', 'support.cgm', `/api/cases/${id}/resolve`, {
      method: 'POST',
      headers: { 'If-Match': '"3"' },
      body: { resolution: 'Rettet i versjon 8.4.3; synkroniseringen går igjen.' },
    });
    expect(resolved).toMatchObject({ status: 200, body: { status: 'resolved', version: 4 } });

    const feed = await eventually('the status feed of insights to show the resolution', async () => {
      const response = await call('insights', 'koordinator.nord', '/api/status-changes?limit=1000');
      const { items } = response.body as { items: { caseId: string; status: string }[] };
      const statuses = items.filter((change) => change.caseId === id).map((change) => change.status);
      return statuses.includes('resolved') ? statuses : undefined;
    });
    expect(feed).toEqual(['reported', 'routed', 'acknowledged', 'resolved']);
  }, 30_000);

  it('loses nothing and applies nothing twice when the routing service is killed mid-burst and restarted', async () => {
    const startedAt = Date.now();
    const caseOfKey = new Map<string, string>();
    let submitted = 0;
    let killed: { checkpoint: Awaited<ReturnType<typeof routerCheckpoint>> | undefined; routed: number } | undefined;

    const submit = async (key: string): Promise<void> => {
      const response = await report(key);
      if (response.status !== 201) throw new Error(`POST /api/reports (${key}) gave ${response.status}`);
      const known = caseOfKey.get(key);
      const { id } = response.body as { id: string };
      if (known !== undefined) expect(id).toBe(known);
      caseOfKey.set(key, id);
    };
    const worker = async (): Promise<void> => {
      while (submitted < BURST) {
        const key = `burst-${(submitted += 1)}`;
        await submit(key);
        // A client that did not see the answer sends the same report again, with the same key.
        if (submitted % 10 === 0) await submit(key);
        if (submitted >= BURST / 3 && killed === undefined) {
          killed = { checkpoint: undefined, routed: 0 };
          services.routing.child.kill('SIGKILL');
          await services.routing.exited;
          killed = { checkpoint: await routerCheckpoint(), routed: await count('case.routed') };
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    expect(caseOfKey.size).toBe(BURST);
    // Killed in the middle: it had routed part of the burst (beyond the first test's case), not all of it,
    // and its checkpoint was in step with what it had done: every report up to it routed, none after it.
    expect(killed?.routed).toBeGreaterThan(1);
    expect(killed?.checkpoint?.handled).toBe(killed?.routed);

    // While routing was down the reports kept coming and waited in the log, unrouted, all beyond the
    // checkpoint, which nobody moved.
    const [{ waiting }] = await sql<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM event_store.events r
        WHERE r.event_type = 'case.reported'
          AND NOT EXISTS (SELECT 1 FROM event_store.events e WHERE e.stream_id = r.stream_id AND e.event_type = 'case.routed')`,
    );
    expect(waiting).toBeGreaterThan(BURST / 2);
    expect(await routerCheckpoint()).toEqual({ ...killed?.checkpoint, ahead: waiting });

    await ready(await start('routing'));
    const allReported = BURST + 1; // and the case of the first test
    await eventually(
      'the restarted router to route every report',
      async () => ((await count('case.routed')) >= allReported ? true : undefined),
      { attempts: 300, intervalMs: 100 },
    );

    // Exactly once in the log: one case.reported per Idempotency-Key, one case.routed per case.
    const [counts] = await sql<{ reported: string; routed: string; routedCases: string }>(
      `SELECT count(*) FILTER (WHERE event_type = 'case.reported') AS reported,
              count(*) FILTER (WHERE event_type = 'case.routed') AS routed,
              count(DISTINCT stream_id) FILTER (WHERE event_type = 'case.routed') AS "routedCases"
         FROM event_store.events`,
    );
    expect(counts).toEqual({
      reported: String(allReported),
      routed: String(allReported),
      routedCases: String(allReported),
    });
    // The restarted router took up from that checkpoint and moved past every report.
    expect(await routerCheckpoint()).toMatchObject({ handled: allReported, ahead: 0 });
    const routedAfterRestart = allReported - (killed?.routed ?? 0);
    expect(routedAfterRestart).toBe(waiting);

    // And as a caller sees it: every acknowledged report is a case, with exactly one case.routed in its history.
    const ids = [...caseOfKey.values()];
    for (let i = 0; i < ids.length; i += IN_FLIGHT) {
      const histories = await Promise.all(
        ids.slice(i, i + IN_FLIGHT).map((id) => call('casework', 'lege.cgm', `/api/cases/${id}/history`)),
      );
      for (const history of histories) {
        expect(history.status).toBe(200);
        const types = (history.body as { type: string }[]).map((entry) => entry.type);
        expect(types.filter((type) => type === 'case.reported')).toHaveLength(1);
        expect(types.filter((type) => type === 'case.routed')).toHaveLength(1);
      }
    }
    process.stdout.write(
      `distributed: ${BURST} reports (+${BURST / 10} retries), routing killed after ${killed?.routed} routed, ` +
        `${routedAfterRestart} routed after the restart, ${Date.now() - startedAt} ms\n`,
    );
  }, 60_000);

  it('hands the router to a standby instance of routing when the active one dies', async () => {
    // A second routing instance waits as a standby for every routing subscription.
    await ready(await start('routing', 'routing-2'));
    const routedBy = async (what: string) => {
      const reported = await report(what);
      expect(reported.status).toBe(201);
      const { id } = reported.body as { id: string };
      const history = await eventually(`the case of ${what} to be routed`, async () => {
        const response = await call('casework', 'lege.cgm', `/api/cases/${id}/history`);
        const types = (response.body as { type: string }[]).map((entry) => entry.type);
        return types.includes('case.routed') ? types : undefined;
      });
      expect(history.filter((type) => type === 'case.routed')).toHaveLength(1);
    };
    await routedBy('standby-before');

    services.routing.child.kill('SIGKILL');
    await services.routing.exited;
    await routedBy('standby-after');
    expect(await routerCheckpoint()).toMatchObject({ ahead: 0 });
  }, 30_000);

  it('lets the all-in-one app join the same database: nothing left to migrate, and its reports are routed once', async () => {
    const before = await sql<{ name: string }>(`SELECT name FROM migrations ORDER BY name`);
    await ready(await start('lagspill'));
    // The four services' migrations together are the all-in-one app's, each applied once.
    const after = await sql<{ name: string }>(`SELECT name FROM migrations ORDER BY name`);
    expect(after).toEqual(before);
    expect(new Set(after.map((row) => row.name)).size).toBe(after.length);

    const reported = await call('lagspill', 'lege.cgm', '/api/reports', { method: 'POST', body: sfmSyncReport() });
    expect(reported.status).toBe(201);
    const { id } = reported.body as { id: string };
    const history = await eventually('the case reported at the all-in-one app to be routed', async () => {
      const response = await call('casework', 'lege.cgm', `/api/cases/${id}/history`);
      const types = (response.body as { type: string }[]).map((entry) => entry.type);
      return types.includes('case.routed') ? types : undefined;
    });
    expect(history.filter((type) => type === 'case.routed')).toHaveLength(1);
    expect(await count('case.routed')).toBe(await count('case.reported'));
  }, 30_000);

  it('shows a directory change made in one service in the others: a vendor switch routes the next case anew', async () => {
    const switched = await call('casework', 'admin', '/api/directory/organisations/ronvik-legesenter', {
      method: 'PATCH',
      body: { system: { vendor: 'cgm', product: 'CGM Journal', integration: 'sfm-full' } },
    });
    expect(switched.status).toBe(200);
    // Intake (the system a case records) and routing (where it goes) are other processes: each follows the
    // directory's stream (routing-2 is the instance left running), and a busy machine may take a moment.
    for (const service of ['intake', 'routing-2']) {
      await eventually(`${service} to know the switch`, async () => {
        const response = await call(service, 'admin', '/api/directory/organisations/ronvik-legesenter');
        const { system } = response.body as { system?: { vendor?: string } };
        return system?.vendor === 'cgm' ? true : undefined;
      });
    }
    const reported = await call('intake', 'lege.pridok', '/api/reports', { method: 'POST', body: sfmSyncReport() });
    expect(reported.status).toBe(201);
    const { id } = reported.body as { id: string };
    const routed = await eventually('the routing service to route the case', async () => {
      const response = await call('casework', 'lege.pridok', `/api/cases/${id}`);
      return (response.body as { status?: string }).status === 'routed' ? response : undefined;
    });
    expect(routed.body).toMatchObject({ routedTo: { party: 'cgm' }, system: { vendor: 'cgm' } });

    const deactivated = await call('casework', 'admin', '/api/directory/people/lege.pridok', {
      method: 'PATCH',
      body: { active: false },
    });
    expect(deactivated.status).toBe(200);
    const refused = await eventually('intake to refuse the deactivated reporter', async () => {
      const response = await call('intake', 'lege.pridok', '/api/taxonomy');
      return response.status === 403 ? response : undefined;
    });
    expect(refused.body).toMatchObject({ code: 'DEACTIVATED_USER' });
    await call('casework', 'admin', '/api/directory/people/lege.pridok', { method: 'PATCH', body: { active: true } });
  }, 30_000);
});
