import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { sfmSyncReport } from '../../apps/lagspill/test/support/case-api';
import { startEmbeddedPostgres, type RunningPostgres } from '../../libs/platform/src/database/embedded-postgres';
import {
  type AppProcess,
  devTokens,
  forEachBounded,
  freePort,
  reportersByOrganisation,
  startAllInOne,
} from '../support/app-process';
import { eventually } from '../support/eventually';

/**
 * PostgreSQL stopped and started again under a steady load of reports and reads, with the all-in-one
 * app as its own process on a PostgreSQL of the test's own (the shared test server cannot be stopped).
 */
const REQUEST_TIMEOUT_MS = 5000;
const REPORTERS_IN_FLIGHT = 4;
const READERS_IN_FLIGHT = 2;
/** How long the load runs in each phase; the outage lasts at least this long after readiness turned 503. */
const PHASE_MS = 3000;
const PROBLEM = /^application\/problem\+json/;

type Phase = 'before' | 'stopping' | 'outage' | 'restarting' | 'after';

interface Outcome {
  readonly phase: Phase;
  readonly what: 'report' | 'read';
  readonly key?: string;
  /** The HTTP status, or `timeout` / `error` when no answer came. */
  readonly status: number | 'timeout' | 'error';
  readonly problem: boolean;
  readonly retryAfter: string | null;
  readonly caseId?: string;
  readonly ms: number;
}

describe('database outage: PostgreSQL stopped and started under load', () => {
  let directory: string;
  let postgres: RunningPostgres | undefined;
  let app: AppProcess | undefined;

  const startPostgres = (port?: number) => startEmbeddedPostgres({ directory, port, settings: { fsync: 'off' } });

  beforeAll(async () => {
    directory = join(await mkdtemp(join(tmpdir(), 'lagspill-outage-')), 'postgres');
    postgres = await startPostgres();
  }, 60_000);

  afterAll(async () => {
    app?.child.kill('SIGTERM');
    await app?.exited;
    await postgres?.stop().catch(() => undefined);
    await rm(join(directory, '..'), { recursive: true, force: true });
  }, 30_000);

  it('turns not-ready and answers 503 problem+json at once while it is down, and recovers by itself without a gap', async () => {
    const database = postgres as RunningPostgres;
    app = await startAllInOne(await freePort(), database.url);
    const url = app.url;
    const reporters = await reportersByOrganisation(app);
    const tokens = await devTokens(app, reporters);

    let phase: Phase = 'before';
    let stopLoad = false;
    let sent = 0;
    const outcomes: Outcome[] = [];
    const reporterOf = (key: string) => reporters[Number(key.slice('outage-'.length)) % reporters.length];
    const timed = async (what: Outcome['what'], request: () => Promise<Response>, key?: string): Promise<Outcome> => {
      const at = phase;
      /** A request the stop or the start overtook counts as one of that moment. */
      const settled = (): Phase =>
        phase === at ? at : at === 'before' ? 'stopping' : at === 'outage' ? 'restarting' : at;
      const started = Date.now();
      try {
        const response = await request();
        const body = (await response.json()) as { id?: string };
        return {
          phase: settled(),
          what,
          key,
          status: response.status,
          problem: PROBLEM.test(response.headers.get('content-type') ?? ''),
          retryAfter: response.headers.get('retry-after'),
          caseId: body.id,
          ms: Date.now() - started,
        };
      } catch (error) {
        const status = (error as Error).name === 'TimeoutError' ? 'timeout' : 'error';
        return { phase: settled(), what, key, status, problem: false, retryAfter: null, ms: Date.now() - started };
      }
    };
    const report = (key: string) =>
      timed(
        'report',
        () =>
          fetch(`${url}/api/reports`, {
            method: 'POST',
            headers: {
              authorization: `Bearer ${tokens.get(reporterOf(key))}`,
              'content-type': 'application/json',
              'idempotency-key': key,
            },
            body: JSON.stringify(sfmSyncReport({ title: `SFM synkroniserer ikke (${key})` })),
            signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
          }),
        key,
      );
    const read = () =>
      timed('read', () =>
        fetch(`${url}/api/cases?limit=20`, {
          headers: { authorization: `Bearer ${tokens.get(reporters[0])}` },
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        }),
      );
    const loop = async (next: () => Promise<Outcome>) => {
      while (!stopLoad) outcomes.push(await next());
    };
    const load = Promise.all([
      ...Array.from({ length: REPORTERS_IN_FLIGHT }, () => loop(() => report(`outage-${sent++}`))),
      ...Array.from({ length: READERS_IN_FLIGHT }, () => loop(read)),
    ]);
    const inPhase = (wanted: Phase) => outcomes.filter((outcome) => outcome.phase === wanted);
    /** Lets the load run for PHASE_MS and until `phase` has some answers of both kinds. */
    const loadFor = (what: string) => {
      const until = Date.now() + PHASE_MS;
      return eventually(
        what,
        async () => {
          const answered = inPhase(phase);
          const both = answered.some((o) => o.what === 'report') && answered.some((o) => o.what === 'read');
          return Date.now() >= until && both ? true : undefined;
        },
        { attempts: 200, intervalMs: 50 },
      );
    };
    const readiness = async () => {
      const response = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      return { status: response.status, problem: PROBLEM.test(response.headers.get('content-type') ?? '') };
    };

    // A failure below must not leave the load running on a dead app.
    let notReady: { status: number; problem: boolean };
    let notReadyAfterMs: number;
    let readyAfterMs: number;
    try {
      await loadFor('the load to run before the outage');

      phase = 'stopping';
      await database.stop();
      const stoppedAt = Date.now();
      phase = 'outage';
      notReady = await eventually('readiness to turn 503', async () => {
        const answer = await readiness();
        return answer.status === 503 ? answer : undefined;
      });
      notReadyAfterMs = Date.now() - stoppedAt;
      expect((await fetch(`${url}/health/live`)).status).toBe(200);
      await loadFor('the load to run during the outage');

      phase = 'restarting';
      postgres = await startPostgres(database.port);
      expect(postgres.port).toBe(database.port);
      const restartedAt = Date.now();
      await eventually('readiness to return', async () => ((await readiness()).status === 200 ? true : undefined), {
        attempts: 300,
        intervalMs: 100,
      });
      readyAfterMs = Date.now() - restartedAt;
      phase = 'after';
      await loadFor('the load to run after the outage');
    } finally {
      stopLoad = true;
      await load;
    }

    expect(notReady.problem).toBe(true);
    // Never a hang: every request got an answer within the timeout, whatever the phase.
    const slowest = Math.max(...outcomes.map((o) => o.ms));
    expect(outcomes.filter((o) => typeof o.status !== 'number')).toEqual([]);
    expect(slowest).toBeLessThan(REQUEST_TIMEOUT_MS);
    // Before and after: only successes. While down: 503 problem+json with a retry hint, nothing else.
    const succeeded = (o: Outcome) => o.status === (o.what === 'report' ? 201 : 200);
    expect(inPhase('before').filter((o) => !succeeded(o))).toEqual([]);
    expect(inPhase('after').filter((o) => !succeeded(o))).toEqual([]);
    const unavailable = (o: Outcome) => o.status === 503 && o.problem && Number(o.retryAfter) > 0;
    expect(inPhase('outage').filter((o) => !unavailable(o))).toEqual([]);
    // In the moments of stopping and starting, either of the two.
    const between = [...inPhase('stopping'), ...inPhase('restarting')];
    expect(between.filter((o) => !succeeded(o) && !unavailable(o))).toEqual([]);

    // The clients retry the reports that were refused, with the same key.
    const refused = outcomes.filter((o) => o.what === 'report' && !succeeded(o)).map((o) => o.key as string);
    const retries: Outcome[] = [];
    await forEachBounded(refused, REPORTERS_IN_FLIGHT, async (key) => void retries.push(await report(key)));
    expect(retries.filter((o) => !succeeded(o))).toEqual([]);
    const acknowledged = [...outcomes, ...retries].filter((o) => o.what === 'report' && succeeded(o));
    const caseIds = new Set(acknowledged.map((o) => o.caseId as string));
    expect(caseIds.size).toBe(sent);

    // Subscribers resumed without a gap: every case reported once, routed once, and in the case list.
    const db = new Client({ connectionString: postgres.url });
    await db.connect();
    try {
      const perCase = async () =>
        (
          await db.query<{ case_id: string; reported: number; routed: number }>(
            `SELECT max(data->>'caseId') AS case_id,
                    count(*) FILTER (WHERE event_type = 'case.reported')::int AS reported,
                    count(*) FILTER (WHERE event_type = 'case.routed')::int AS routed
               FROM event_store.events WHERE event_type IN ('case.reported', 'case.routed') GROUP BY stream_id`,
          )
        ).rows;
      const counts = await eventually(
        'the router to route every case',
        async () => {
          const rows = await perCase();
          return rows.every((row) => row.routed > 0) ? rows : undefined;
        },
        { attempts: 300, intervalMs: 100 },
      );
      expect(new Set(counts.map((row) => row.case_id))).toEqual(caseIds);
      expect(counts.filter((row) => row.reported !== 1 || row.routed !== 1)).toEqual([]);
    } finally {
      await db.end();
    }
    const listed = await eventually(
      'the case list to show every case',
      async () => {
        const seen = new Set<string>();
        for (const reporter of reporters) {
          for (let cursor: string | null = ''; cursor !== null;) {
            const response = await fetch(`${url}/api/cases?limit=200${cursor ? `&cursor=${cursor}` : ''}`, {
              headers: { authorization: `Bearer ${tokens.get(reporter)}` },
            });
            const page = (await response.json()) as { items: { id: string }[]; nextCursor: string | null };
            for (const item of page.items) seen.add(item.id);
            cursor = page.nextCursor;
          }
        }
        return [...caseIds].every((id) => seen.has(id)) ? seen : undefined;
      },
      { attempts: 100, intervalMs: 100 },
    );
    expect(listed.size).toBe(caseIds.size);

    const count = (wanted: Phase) => inPhase(wanted).length;
    process.stdout.write(
      `database outage: ${outcomes.length} requests (${count('before')} before, ${count('stopping')} while stopping, ` +
        `${count('outage')} during, ${count('restarting')} while restarting, ${count('after')} after); ` +
        `readiness 503 ${notReadyAfterMs} ms after the stop, 200 again ${readyAfterMs} ms after the start; ` +
        `slowest answer ${slowest} ms; ${refused.length} refused reports retried; ${caseIds.size} cases, each reported, ` +
        `routed and listed once\n`,
    );
  }, 120_000);
});
